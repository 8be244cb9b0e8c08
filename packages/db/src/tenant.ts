import { sql } from 'drizzle-orm';
import type { TDatabase, TDrizzle } from './connection.ts';

export type TTransaction = Parameters<Parameters<TDrizzle['transaction']>[0]>[0];

/**
 * Runs `work` in one transaction whose tenant is `orgId`: row-level security then shows and
 * accepts only that organisation's rows. Every tenant query goes through here.
 */
export async function withTenant<T>(
  database: TDatabase,
  orgId: string,
  work: (tx: TTransaction) => Promise<T>,
): Promise<T> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('app.org_id', ${orgId}, true)`);
    return work(tx);
  });
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

export async function pingDatabase(database: TDatabase): Promise<void> {
  await database.pool.query('SELECT 1');
}
