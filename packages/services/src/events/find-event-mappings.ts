import type { TEventMapping, TEventMappingListQuery, TPage } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';

interface TMappingRow extends Record<string, unknown> {
  id: string;
  type_pattern: string;
  department_id: string | null;
  department_name: string | null;
  value_chain_id: string | null;
  value_chain_name: string | null;
  stage_id: string | null;
  stage_name: string | null;
  created_at: Date | string;
}

/** Mapping rules with the names of what they point at (ids alone mean nothing to a reader). */
export async function selectEventMappings(
  tx: TTransaction,
  where: ReturnType<typeof sql>,
  limit: number,
) {
  const result = await tx.execute<TMappingRow>(sql`
    SELECT m.id, m.type_pattern, m.department_id, d.name AS department_name, m.value_chain_id,
      v.name AS value_chain_name, m.stage_id, s.name AS stage_name, m.created_at
    FROM event_mappings m
    LEFT JOIN departments d ON d.id = m.department_id
    LEFT JOIN value_chains v ON v.id = m.value_chain_id
    LEFT JOIN value_chain_stages s ON s.id = m.stage_id
    WHERE ${where} ORDER BY m.id LIMIT ${limit}`);
  return result.rows.map(
    (row): TEventMapping => ({
      id: row.id,
      typePattern: row.type_pattern,
      departmentId: row.department_id,
      departmentName: row.department_name,
      valueChainId: row.value_chain_id,
      valueChainName: row.value_chain_name,
      stageId: row.stage_id,
      stageName: row.stage_name,
      createdAt: new Date(row.created_at).toISOString(),
    }),
  );
}

export async function findEventMappings(
  context: TServiceContext,
  query: TEventMappingListQuery,
): Promise<TPage<TEventMapping>> {
  const after = decodeCursor(query.cursor);
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    selectEventMappings(tx, after ? sql`m.id > ${after}` : sql`true`, query.limit + 1),
  );
  return toPage(rows, query.limit, (row) => row);
}
