import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { TDatabase } from './connection.ts';

/**
 * Drizzle bound to one pooled connection that is inside a tenant's transaction; `$client` is
 * that connection, for libraries that write through it (the job queue).
 */
export type TTransaction = NodePgDatabase & { $client: pg.ClientBase };

const ORG_ID = /^org_[0-9a-z]{26}$/;

/**
 * Runs `work` in one transaction whose tenant is `orgId`: row-level security then shows and
 * accepts only that organisation's rows. Every tenant query goes through here.
 *
 * BEGIN and set_config travel in one round trip (a simple query of two statements): on a
 * loaded machine each round trip costs more than the query itself. The id is inlined, which is
 * safe only because it must match the strict id pattern first.
 */
export async function withTenant<T>(
  database: TDatabase,
  orgId: string,
  work: (tx: TTransaction) => Promise<T>,
): Promise<T> {
  if (!ORG_ID.test(orgId)) throw new Error(`Not an organisation id: ${JSON.stringify(orgId)}`);
  const client = await database.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(`BEGIN; SELECT set_config('app.org_id', '${orgId}', true)`);
    const result = await work(drizzle(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is destroyed, not returned to the pool.
    client.release(broken);
  }
}

/** Organisations that have a user with this e-mail (a cross-tenant lookup, for log-in). */
export async function findLoginOrgIds(database: TDatabase, email: string): Promise<string[]> {
  const result = await database.pool.query<{ org_id: string }>(
    'SELECT org_id FROM find_login_orgs($1)',
    [email],
  );
  return result.rows.map((row) => row.org_id);
}

/** The organisation with this slug, or null: administration (the CLI) starts from a slug. */
export async function findOrgIdBySlug(database: TDatabase, slug: string): Promise<string | null> {
  const result = await database.pool.query<{ org_id: string | null }>(
    'SELECT find_org_by_slug($1) AS org_id',
    [slug],
  );
  return result.rows[0]?.org_id ?? null;
}

/** Every organisation's id: for workers that visit each tenant in turn (a sweep). */
export async function listOrganizationIds(database: TDatabase): Promise<string[]> {
  const result = await database.pool.query<{ org_id: string }>(
    'SELECT org_id FROM list_organization_ids() AS org_id',
  );
  return result.rows.map((row) => row.org_id);
}

export async function pingDatabase(database: TDatabase): Promise<void> {
  await database.pool.query('SELECT 1');
}
