import type { TTimelineSummary } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { getCustomerInTransaction } from '../customers/customer-query.ts';

type TGroupRow = {
  kind: 'department' | 'value_chain' | 'stage' | 'type';
  key: string | null;
  name: string | null;
  count: number;
  first_at: Date;
  last_at: Date;
};

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/**
 * What the customer's timeline holds: the departments it passed through (in order of first
 * contact, for the strip), and the value chains, stages and types to filter by. One pass
 * over the customer's events with GROUPING SETS.
 */
export async function getTimelineSummary(
  context: TServiceContext,
  customerId: string,
): Promise<TTimelineSummary> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    await getCustomerInTransaction(tx, customerId);
    const result = await tx.execute<TGroupRow>(sql`
      WITH g AS (
        SELECT department_id, value_chain_id, stage_id, type,
          GROUPING(department_id, value_chain_id, stage_id, type) AS level,
          count(*)::int AS count, min(occurred_at) AS first_at, max(occurred_at) AS last_at
        FROM events WHERE org_id = ${orgId} AND customer_id = ${customerId}
        GROUP BY GROUPING SETS ((department_id), (value_chain_id), (stage_id), (type), ())
      )
      SELECT CASE g.level WHEN 7 THEN 'department' WHEN 11 THEN 'value_chain'
               WHEN 13 THEN 'stage' WHEN 14 THEN 'type' ELSE 'total' END AS kind,
        coalesce(g.department_id, g.value_chain_id, g.stage_id, g.type) AS key,
        coalesce(d.name, v.name, s.name) AS name, g.count, g.first_at, g.last_at
      FROM g
      LEFT JOIN departments d ON g.level = 7 AND d.id = g.department_id
      LEFT JOIN value_chains v ON g.level = 11 AND v.id = g.value_chain_id
      LEFT JOIN value_chain_stages s ON g.level = 13 AND s.id = g.stage_id
      ORDER BY g.first_at, g.count DESC`);
    const of = (kind: TGroupRow['kind']) => result.rows.filter((row) => row.kind === kind);
    const total = result.rows.find((row) => (row.kind as string) === 'total');
    const counted = (rows: TGroupRow[]) =>
      rows
        .filter((row) => row.key !== null)
        .map((row) => ({ id: row.key as string, name: row.name, count: row.count }));
    return {
      total: total?.count ?? 0,
      firstAt: iso(total?.first_at ?? null),
      lastAt: iso(total?.last_at ?? null),
      departments: of('department')
        .filter((row) => row.key !== null)
        .map((row) => ({
          id: row.key as string,
          name: row.name,
          count: row.count,
          firstAt: iso(row.first_at) as string,
          lastAt: iso(row.last_at) as string,
        })),
      valueChains: counted(of('value_chain')),
      stages: counted(of('stage')),
      types: of('type')
        .sort((a, b) => b.count - a.count)
        .map((row) => ({ type: row.key as string, count: row.count })),
    };
  });
}
