import { listTenantTables } from '@customeric/db';
import pg from 'pg';

/**
 * A fingerprint of every tenant's rows in every tenant table, read as the owner with each
 * tenant set in turn (forced row-level security hides rows otherwise).
 */
export async function snapshotTenants(ownerUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const parts: string[] = [];
    const tables = await listTenantTables(client);
    const orgs = await client.query<{ org_id: string }>(
      'SELECT DISTINCT org_id FROM login_emails ORDER BY 1',
    );
    for (const { org_id: orgId } of orgs.rows) {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
      for (const table of tables) {
        const result = await client.query(
          `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
        );
        parts.push(`${orgId}.${table}:${result.rows[0].h}`);
      }
      await client.query('COMMIT');
    }
    return parts.join('\n');
  } finally {
    await client.end();
  }
}
