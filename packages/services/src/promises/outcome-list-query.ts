import type { TPromiseOutcomeFilters, TPromiseOutcomeView } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { momentBound } from './list-cursor.ts';

type TOutcomeSqlRow = {
  promise_id: string;
  promise_name: string;
  key: string;
  subject_key: string;
  customer_id: string;
  customer_name: string | null;
  segment: string | null;
  status: TPromiseOutcomeView['status'];
  start_event_id: string;
  end_event_id: string | null;
  started_at: Date | string;
  due_at: Date | string | null;
  resolved_at: Date | string | null;
  evidence: string[];
  reason: string;
  department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  breach_id: string | null;
};

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

function toOutcomeView(row: TOutcomeSqlRow): TPromiseOutcomeView {
  return {
    promiseId: row.promise_id,
    promiseName: row.promise_name,
    key: row.key,
    subjectKey: row.subject_key,
    customerId: row.customer_id,
    customerName: row.customer_name ?? row.customer_id,
    segment: row.segment,
    status: row.status,
    startEventId: `evt_${row.start_event_id}`,
    endEventId: row.end_event_id === null ? null : `evt_${row.end_event_id}`,
    startedAt: iso(row.started_at) as string,
    dueAt: iso(row.due_at),
    resolvedAt: iso(row.resolved_at),
    evidenceEventIds: row.evidence.map((id) => `evt_${id}`),
    reason: row.reason,
    departmentId: row.department_id,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    breachId: row.breach_id,
  };
}

export function outcomeFilters(filters: TPromiseOutcomeFilters): SQL[] {
  const parts: (SQL | null)[] = [
    filters.promiseId ? sql`o.promise_id = ${filters.promiseId}` : null,
    filters.departmentId ? sql`o.department_id = ${filters.departmentId}` : null,
    filters.valueChainId ? sql`o.value_chain_id = ${filters.valueChainId}` : null,
    filters.stageId ? sql`o.stage_id = ${filters.stageId}` : null,
    filters.customerId ? sql`o.customer_id = ${filters.customerId}` : null,
    filters.segment ? sql`o.segment = ${filters.segment}` : null,
    filters.status ? sql`o.status = ${filters.status}` : null,
    filters.from ? sql`o.started_at >= ${momentBound(filters.from, false)}::timestamptz` : null,
    filters.to ? sql`o.started_at < ${momentBound(filters.to, true)}::timestamptz` : null,
  ];
  return parts.filter((part): part is SQL => part !== null);
}

/**
 * Outcomes newest first (by when they started), keyset-paginated on (started_at, promise,
 * key), with the promise's and customer's names and the active breach, if any.
 */
export async function selectOutcomes(
  tx: TTransaction,
  filters: TPromiseOutcomeFilters,
  after: string[] | null,
  limit: number,
): Promise<{ rows: TPromiseOutcomeView[]; last: string[] | null }> {
  const conditions = outcomeFilters(filters);
  if (after)
    conditions.push(
      sql`(o.started_at, o.promise_id, o.key) < (${after[0]}::timestamptz, ${after[1]}, ${after[2]})`,
    );
  const result = await tx.execute<TOutcomeSqlRow>(sql`
    SELECT o.promise_id, p.internal_name AS promise_name, o.key, o.subject_key, o.customer_id,
      c.name AS customer_name, o.segment, o.status, o.start_event_id::text,
      o.end_event_id::text, o.started_at, o.due_at, o.resolved_at,
      o.evidence_event_ids::text[] AS evidence, o.reason, o.department_id, o.value_chain_id,
      o.stage_id, b.id AS breach_id
    FROM promise_outcomes o
    JOIN promises p ON p.org_id = o.org_id AND p.id = o.promise_id
    LEFT JOIN customers c ON c.org_id = o.org_id AND c.id = o.customer_id
    LEFT JOIN promise_breaches b ON b.org_id = o.org_id AND b.promise_id = o.promise_id
      AND b.outcome_key = o.key AND b.withdrawn_at IS NULL
    ${conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}
    ORDER BY o.started_at DESC, o.promise_id DESC, o.key DESC
    LIMIT ${limit}`);
  const rows = result.rows.map(toOutcomeView);
  const lastRow = rows.at(-1);
  return { rows, last: lastRow ? [lastRow.startedAt, lastRow.promiseId, lastRow.key] : null };
}
