import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from './schema/index.ts';
import { withTenant } from './tenant.ts';
import { listTenantTables } from './tenant-tables.ts';

/** Read from the catalog in beforeAll: every table with forced row-level security. */
let tenantTables: string[] = [];

let test: TTestDatabase;
let orgA: TTestOrganization;
let orgB: TTestOrganization;

beforeAll(async () => {
  test = await createTestDatabase();
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  tenantTables = await listTenantTables(owner);
  await owner.end();
  orgA = await insertOrganization(test.database);
  orgB = await insertOrganization(test.database);
});
afterAll(() => test.drop());

async function countAsApp(table: string, orgId: string | null): Promise<number> {
  const client = await test.database.pool.connect();
  try {
    await client.query('BEGIN');
    if (orgId) await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
    const result = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
    await client.query('COMMIT');
    return result.rows[0].n;
  } finally {
    client.release();
  }
}

describe('row-level security, with the application filter left out', () => {
  it('covers the tables of every module', () => {
    const core = [
      'organizations',
      'users',
      'audit_log',
      'departments',
      'value_chains',
      'customers',
      'events',
    ];
    expect(tenantTables).toEqual(expect.arrayContaining(core));
  });

  it('shows the app role only its own tenant rows in every tenant table', async () => {
    const usersOfA = await withTenant(test.database, orgA.organization.id, (tx) =>
      tx.select().from(schema.users),
    );
    expect(usersOfA.map((user) => user.orgId)).toEqual([orgA.organization.id]);
    for (const table of tenantTables) {
      const seenByA = await countAsApp(table, orgA.organization.id);
      const seenByB = await countAsApp(table, orgB.organization.id);
      const owner = new pg.Client({ connectionString: test.ownerUrl });
      await owner.connect();
      const all = (await owner.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
      await owner.end();
      // The owner is subject to forced RLS too, so it sees nothing without a tenant.
      expect(all, table).toBe(0);
      if (['organizations', 'users', 'audit_log'].includes(table)) {
        expect(seenByA, table).toBeGreaterThan(0);
        expect(seenByB, table).toBe(seenByA);
      }
    }
  });

  it('shows nothing at all when no tenant is set', async () => {
    for (const table of tenantTables) expect(await countAsApp(table, null), table).toBe(0);
  });

  it('refuses to write a row into another tenant, and cannot change one', async () => {
    const write = withTenant(test.database, orgA.organization.id, (tx) =>
      tx.insert(schema.departments).values({
        orgId: orgB.organization.id,
        id: 'dep_x',
        name: 'Smuggled',
        function: 'other',
        customerFacing: true,
      }),
    );
    expect(await databaseError(write)).toMatch(/row-level security/);
    const changed = await withTenant(test.database, orgA.organization.id, (tx) =>
      tx.execute(sql`UPDATE users SET name = 'Hijacked' WHERE org_id = ${orgB.organization.id}`),
    );
    expect(changed.rowCount).toBe(0);
    const namesOfB = await withTenant(test.database, orgB.organization.id, (tx) =>
      tx.select({ name: schema.users.name }).from(schema.users),
    );
    expect(namesOfB.map((row) => row.name)).not.toContain('Hijacked');
  });
});

describe('row-level security in parallel workers', () => {
  it('keeps tenants apart when PostgreSQL splits a scan over parallel workers', async () => {
    const rows = (orgId: string, prefix: string) =>
      sql`INSERT INTO customers (org_id, id, name)
        SELECT ${orgId}, ${prefix} || n, 'Customer ' || n FROM generate_series(1, 20000) n`;
    await withTenant(test.database, orgA.organization.id, (tx) =>
      tx.execute(rows(orgA.organization.id, 'cus_pa')),
    );
    await withTenant(test.database, orgB.organization.id, (tx) =>
      tx.execute(rows(orgB.organization.id, 'cus_pb')),
    );
    const client = await test.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.org_id', $1, true)", [orgA.organization.id]);
      // Make a parallel plan the cheapest, as it is for a scan over millions of rows.
      for (const setting of [
        'parallel_setup_cost = 0',
        'parallel_tuple_cost = 0',
        'min_parallel_table_scan_size = 0',
        'max_parallel_workers_per_gather = 2',
        'enable_indexscan = off',
        'enable_bitmapscan = off',
      ])
        await client.query(`SET LOCAL ${setting}`);
      const query = 'SELECT org_id, count(*)::int AS n FROM customers GROUP BY org_id';
      const plan = await client.query(`EXPLAIN (FORMAT JSON) ${query}`);
      // Without a parallel-safe tenant function PostgreSQL plans no workers at all.
      expect(JSON.stringify(plan.rows[0])).toMatch(/"Workers Planned":2/);
      const seen = await client.query(query);
      await client.query('COMMIT');
      expect(seen.rows).toEqual([{ org_id: orgA.organization.id, n: 20000 }]);
    } finally {
      client.release();
    }
  });
});

/** Drizzle wraps PostgreSQL's error; the reason a person reads is in its cause. */
async function databaseError(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const cause = (error as { cause?: Error }).cause;
    return cause?.message ?? (error as Error).message;
  }
  return 'no error';
}

describe('the audit log', () => {
  it('cannot be updated or deleted by the app role', async () => {
    const update = withTenant(test.database, orgA.organization.id, (tx) =>
      tx.execute(sql`UPDATE audit_log SET action = 'forged'`),
    );
    expect(await databaseError(update)).toMatch(/permission denied/);
    const remove = withTenant(test.database, orgA.organization.id, (tx) =>
      tx.execute(sql`DELETE FROM audit_log`),
    );
    expect(await databaseError(remove)).toMatch(/permission denied/);
  });

  it('cannot be changed even by the owner', async () => {
    const owner = new pg.Client({ connectionString: test.ownerUrl });
    await owner.connect();
    try {
      await owner.query('BEGIN');
      await owner.query("SELECT set_config('app.org_id', $1, true)", [orgA.organization.id]);
      await expect(owner.query("UPDATE audit_log SET action = 'forged'")).rejects.toThrow(
        /append-only/,
      );
      await owner.query('ROLLBACK');
      await expect(owner.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});

describe('the log-in lookup', () => {
  it('tells the app role which organisations know an e-mail, and nothing else', async () => {
    const client = await test.database.pool.connect();
    try {
      const found = await client.query('SELECT org_id FROM find_login_orgs($1)', [
        orgA.admin.email.toUpperCase(),
      ]);
      expect(found.rows).toEqual([{ org_id: orgA.organization.id }]);
      await expect(client.query('SELECT * FROM login_emails')).rejects.toThrow(/permission denied/);
    } finally {
      client.release();
    }
  });
});
