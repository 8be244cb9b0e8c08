import type pg from 'pg';

/**
 * The tenant tables, read from the catalog: every table with row-level security forced
 * (schema-rules.test.ts proves that every table but the global lookups is one of them).
 * Whatever walks all tenant data uses this, so a new module's tables are covered without a
 * list to keep up to date.
 */
export async function listTenantTables(client: pg.ClientBase): Promise<string[]> {
  const result = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relforcerowsecurity ORDER BY 1`,
  );
  return result.rows.map((row) => row.relname);
}
