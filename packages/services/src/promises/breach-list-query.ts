import type { TPromiseBreachFilters, TPromiseBreachView } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { momentBound } from './list-cursor.ts';

type TBreachSqlRow = {
  id: string;
  promise_id: string;
  promise_name: string;
  customer_wording: string;
  outcome_key: string;
  customer_id: string;
  customer_name: string | null;
  segment: string | null;
  department_id: string | null;
  department_name: string | null;
  user_id: string | null;
  user_name: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  due_at: Date | string | null;
  broken_at: Date | string;
  detected_at: Date | string;
  reason: string;
  evidence: string[];
  withdrawn_at: Date | string | null;
  withdrawn_reason: string | null;
  case_id: string | null;
};

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

function toBreachView(row: TBreachSqlRow): TPromiseBreachView {
  return {
    id: row.id,
    promiseId: row.promise_id,
    promiseName: row.promise_name,
    customerWording: row.customer_wording,
    outcomeKey: row.outcome_key,
    customerId: row.customer_id,
    customerName: row.customer_name ?? row.customer_id,
    segment: row.segment,
    accountableDepartmentId: row.department_id,
    accountableDepartmentName: row.department_name,
    accountableUserId: row.user_id,
    accountableUserName: row.user_name,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    dueAt: iso(row.due_at),
    brokenAt: iso(row.broken_at) as string,
    detectedAt: iso(row.detected_at) as string,
    reason: row.reason,
    evidenceEventIds: row.evidence.map((id) => `evt_${id}`),
    withdrawnAt: iso(row.withdrawn_at),
    withdrawnReason: row.withdrawn_reason,
    caseId: row.case_id,
  };
}

export function breachFilters(filters: Partial<TPromiseBreachFilters>): SQL[] {
  const state = filters.state ?? 'active';
  const parts: (SQL | null)[] = [
    state === 'active' ? sql`b.withdrawn_at IS NULL` : null,
    state === 'withdrawn' ? sql`b.withdrawn_at IS NOT NULL` : null,
    filters.promiseId ? sql`b.promise_id = ${filters.promiseId}` : null,
    filters.departmentId ? sql`b.accountable_department_id = ${filters.departmentId}` : null,
    filters.accountableUserId ? sql`b.accountable_user_id = ${filters.accountableUserId}` : null,
    filters.valueChainId ? sql`b.value_chain_id = ${filters.valueChainId}` : null,
    filters.stageId ? sql`b.stage_id = ${filters.stageId}` : null,
    filters.customerId ? sql`b.customer_id = ${filters.customerId}` : null,
    filters.segment ? sql`b.segment = ${filters.segment}` : null,
    filters.hasCase === 'true' ? sql`b.case_id IS NOT NULL` : null,
    filters.hasCase === 'false' ? sql`b.case_id IS NULL` : null,
    filters.from ? sql`b.broken_at >= ${momentBound(filters.from, false)}::timestamptz` : null,
    filters.to ? sql`b.broken_at < ${momentBound(filters.to, true)}::timestamptz` : null,
  ];
  return parts.filter((part): part is SQL => part !== null);
}

/** Breaches, most recently broken first, keyset-paginated on (broken_at, id), with names. */
export async function selectBreaches(
  tx: TTransaction,
  conditions: SQL[],
  limit: number,
): Promise<TPromiseBreachView[]> {
  const result = await tx.execute<TBreachSqlRow>(sql`
    SELECT b.id, b.promise_id, p.internal_name AS promise_name, p.customer_wording,
      b.outcome_key, b.customer_id, c.name AS customer_name, b.segment,
      b.accountable_department_id AS department_id, d.name AS department_name,
      b.accountable_user_id AS user_id, u.name AS user_name, b.value_chain_id, b.stage_id,
      b.due_at, b.broken_at, b.detected_at, b.reason, b.evidence_event_ids::text[] AS evidence,
      b.withdrawn_at, b.withdrawn_reason, b.case_id
    FROM promise_breaches b
    JOIN promises p ON p.org_id = b.org_id AND p.id = b.promise_id
    LEFT JOIN customers c ON c.org_id = b.org_id AND c.id = b.customer_id
    LEFT JOIN departments d ON d.org_id = b.org_id AND d.id = b.accountable_department_id
    LEFT JOIN users u ON u.org_id = b.org_id AND u.id = b.accountable_user_id
    ${conditions.length > 0 ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``}
    ORDER BY b.broken_at DESC, b.id DESC
    LIMIT ${limit}`);
  return result.rows.map(toBreachView);
}

export function breachesAfter(after: string[] | null): SQL | null {
  return after ? sql`(b.broken_at, b.id) < (${after[0]}::timestamptz, ${after[1]})` : null;
}
