import { newId, openDatabase, schema, withTenant } from '@customeric/db';
import { insertOrganization, TEST_PASSWORD } from '@customeric/testing';
import type pg from 'pg';
import { withOwnerBypassingRls } from '../lib/events-database.ts';
import type { TTimelineBenchOptions } from './options.ts';

export interface TTimelineWorld {
  orgId: string;
  targetId: string;
  departmentIds: string[];
  adminEmail: string;
  adminPassword: string;
}

const DEPARTMENTS = ['sales', 'delivery', 'billing', 'service', 'marketing'] as const;

async function seedOrganization(appUrl: string): Promise<TTimelineWorld> {
  const database = openDatabase(appUrl, { max: 2 });
  try {
    const { organization, admin } = await insertOrganization(database, { slug: 'bench-timeline' });
    const orgId = organization.id;
    const departmentIds = DEPARTMENTS.map(() => newId('dep'));
    const targetId = newId('cus');
    await withTenant(database, orgId, async (tx) => {
      await tx.insert(schema.departments).values(
        DEPARTMENTS.map((name, index) => ({
          orgId,
          id: departmentIds[index] as string,
          name,
          function: name,
          customerFacing: true,
        })),
      );
      await tx.insert(schema.customers).values({
        orgId,
        id: targetId,
        name: 'The customer with ten thousand events',
        relationshipLevel: 'partnership',
        status: 'active',
      });
    });
    return {
      orgId,
      targetId,
      departmentIds,
      adminEmail: admin.email,
      adminPassword: TEST_PASSWORD,
    };
  } finally {
    await database.close();
  }
}

/** The index and key definitions of events, to drop for the bulk load and build again after. */
async function readIndexDefinitions(client: pg.Client) {
  const constraints = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = 'events'::regclass AND contype IN ('p', 'u')`,
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'events'
     AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'events'::regclass)`,
  );
  return { constraints: constraints.rows, indexes: indexes.rows };
}

async function bulkInsert(
  client: pg.Client,
  world: TTimelineWorld,
  options: TTimelineBenchOptions,
) {
  const every = Math.floor(options.events / options.target);
  await client.query(
    `INSERT INTO customers (org_id, id, name, relationship_level, status)
     SELECT $1, 'cus_' || lpad(to_hex(g), 26, '0'), 'Customer ' || g, 'transactional', 'active'
     FROM generate_series(1, $2) g`,
    [world.orgId, options.customers],
  );
  // Whole seconds: the timeline's cursor carries milliseconds, as events sent over HTTP do.
  await client.query(
    `INSERT INTO events (org_id, source, external_id, customer_id, type, occurred_at, department_id, amount, attributes)
     SELECT $1, 'bench', 'e-' || g,
       CASE WHEN g % $3 = 0 AND g / $3 <= $4 THEN $5 ELSE 'cus_' || lpad(to_hex(1 + g % $6), 26, '0') END,
       (ARRAY['order.placed','invoice.issued','delivery.completed','call.completed','usage'])[1 + g % 5],
       timestamptz '2024-01-01' + make_interval(secs => g * 3),
       ($7::text[])[1 + (g / 7) % 5],
       CASE WHEN g % 3 = 0 THEN (g % 10000) / 100.0 END,
       jsonb_build_object('seq', g, 'channel', CASE WHEN g % 2 = 0 THEN 'web' ELSE 'phone' END)
     FROM generate_series(1, $2) g`,
    [
      world.orgId,
      options.events,
      every,
      options.target,
      world.targetId,
      options.customers,
      world.departmentIds,
    ],
  );
}

/**
 * Ten million events with generate_series, written as the owner: the keys and indexes are
 * dropped for the load and built again from their own definitions, the usual way to bulk-load.
 */
export async function generateTimelineWorld(
  appUrl: string,
  ownerUrl: string,
  options: TTimelineBenchOptions,
) {
  const world = await seedOrganization(appUrl);
  await withOwnerBypassingRls(ownerUrl, ['events', 'customers'], async (client) => {
    const { constraints, indexes } = await readIndexDefinitions(client);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    for (const constraint of constraints)
      await client.query(`ALTER TABLE events DROP CONSTRAINT ${constraint.name}`);
    await bulkInsert(client, world, options);
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const constraint of constraints)
      await client.query(
        `ALTER TABLE events ADD CONSTRAINT ${constraint.name} ${constraint.definition}`,
      );
    for (const index of indexes) await client.query(index.definition);
    await client.query('VACUUM ANALYZE events');
    await client.query('ANALYZE customers');
  });
  return world;
}
