import { listTenantTables } from '@customeric/db';
import pg from 'pg';

/** Per table: its rows and an order-free fingerprint of their content (a sum of row hashes). */
function fingerprintQuery(tables: readonly string[]): string {
  return tables
    .map(
      (table, index) =>
        `SELECT ${index} AS n, count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) AS h FROM ${table} t`,
    )
    .join(' UNION ALL ')
    .concat(' ORDER BY n');
}

async function fingerprintTenants(client: pg.Client): Promise<string> {
  const parts: string[] = [];
  const tables = await listTenantTables(client);
  const query = fingerprintQuery(tables);
  const orgs = await client.query<{ org_id: string }>(
    'SELECT DISTINCT org_id FROM login_emails ORDER BY 1',
  );
  for (const { org_id: orgId } of orgs.rows) {
    await client.query('BEGIN');
    await client.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
    // Prepared once per connection: planning a union of every table costs more than running it.
    const result = await client.query<{ n: number; h: string }>({
      name: `tenant-fingerprint-${tables.length}`,
      text: query,
    });
    for (const row of result.rows) parts.push(`${orgId}.${tables[row.n]}:${row.h}`);
    await client.query('COMMIT');
  }
  return parts.join('\n');
}

/**
 * A fingerprint of every tenant's rows in every tenant table, read as the owner with each
 * tenant set in turn (forced row-level security hides rows otherwise): one query per tenant.
 * Pass an owner connection that stays open to take many (before and after each denied
 * request); with a URL it connects for this one.
 */
export async function snapshotTenants(owner: string | pg.Client): Promise<string> {
  if (typeof owner !== 'string') return fingerprintTenants(owner);
  const client = new pg.Client({ connectionString: owner });
  await client.connect();
  try {
    return await fingerprintTenants(client);
  } finally {
    await client.end();
  }
}
