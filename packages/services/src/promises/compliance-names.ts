import type { TComplianceQuery } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { textArray } from '../common/sql-arrays.ts';

type TName = { name: string; targetRate: number | null };

const LOOKUPS: Record<Exclude<TComplianceQuery['groupBy'], 'segment'>, SQL> = {
  promise: sql`SELECT id, internal_name AS name, target_rate FROM promises`,
  department: sql`SELECT id, name, NULL AS target_rate FROM departments`,
  value_chain: sql`SELECT id, name, NULL AS target_rate FROM value_chains`,
  stage: sql`SELECT s.id, v.name || ': ' || s.name AS name, NULL AS target_rate
    FROM value_chain_stages s JOIN value_chains v ON v.org_id = s.org_id AND v.id = s.value_chain_id`,
  customer: sql`SELECT id, name, NULL AS target_rate FROM customers`,
};

/** Names of the groups of a compliance report (a segment is its own name). */
export async function nameGroups(
  tx: TTransaction,
  groupBy: TComplianceQuery['groupBy'],
  keys: readonly (string | null)[],
): Promise<Map<string | null, TName>> {
  const names = new Map<string | null, TName>();
  const ids = keys.filter((key): key is string => key !== null);
  if (groupBy === 'segment') {
    for (const id of ids) names.set(id, { name: id, targetRate: null });
    return names;
  }
  if (ids.length === 0) return names;
  const result = await tx.execute<{ id: string; name: string; target_rate: string | null }>(sql`
    SELECT * FROM (${LOOKUPS[groupBy]}) AS n WHERE n.id = ANY(${textArray(ids)})`);
  for (const row of result.rows)
    names.set(row.id, {
      name: row.name,
      targetRate: row.target_rate === null ? null : Number(row.target_rate),
    });
  return names;
}
