import type { TPromiseEvaluation, TPromiseView } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { describeRule, type TPromiseRule } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

const DAY = 86_400_000;
export const RECENT_DAYS = 90;

type TPromiseSqlRow = {
  id: string;
  customer_wording: string;
  internal_name: string;
  owner_kind: TPromiseView['ownerKind'];
  owner_department_id: string | null;
  department_name: string | null;
  value_chain_id: string | null;
  chain_name: string | null;
  stage_id: string | null;
  stage_name: string | null;
  accountable_id: string | null;
  accountable_name: string | null;
  target_rate: string;
  rule: TPromiseRule;
  calendar_id: string | null;
  calendar_name: string | null;
  active: boolean;
  version: number;
  kept: number;
  broken: number;
  open: number;
  evaluation: Record<string, unknown> | null;
  created_at: Date | string;
  updated_at: Date | string;
};

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

function toEvaluation(row: Record<string, unknown> | null): TPromiseEvaluation | null {
  if (!row) return null;
  return {
    id: row.id as string,
    promiseId: row.promise_id as string,
    promiseVersion: row.promise_version as number,
    reason: row.reason as TPromiseEvaluation['reason'],
    status: row.status as TPromiseEvaluation['status'],
    total: (row.total as number | null) ?? null,
    processed: row.processed as number,
    requestedAt: iso(row.requested_at) as string,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
    error: (row.error as string | null) ?? null,
  };
}

export function rateOf(kept: number, broken: number): number | null {
  return kept + broken === 0 ? null : kept / (kept + broken);
}

function toPromiseView(row: TPromiseSqlRow, from: Date): TPromiseView {
  return {
    id: row.id,
    customerWording: row.customer_wording,
    internalName: row.internal_name,
    ownerKind: row.owner_kind,
    ownerDepartmentId: row.owner_department_id,
    ownerDepartmentName: row.department_name,
    valueChainId: row.value_chain_id,
    valueChainName: row.chain_name,
    stageId: row.stage_id,
    stageName: row.stage_name,
    accountableUserId: row.accountable_id,
    accountableUserName: row.accountable_name,
    targetRate: Number(row.target_rate),
    rule: row.rule as TPromiseView['rule'],
    ruleSentence: describeRule(row.rule),
    calendarId: row.calendar_id,
    calendarName: row.calendar_name,
    active: row.active,
    version: row.version,
    compliance: {
      from: from.toISOString(),
      kept: row.kept,
      broken: row.broken,
      open: row.open,
      rate: rateOf(row.kept, row.broken),
    },
    evaluation: toEvaluation(row.evaluation),
    createdAt: iso(row.created_at) as string,
    updatedAt: iso(row.updated_at) as string,
  };
}

/**
 * Promises as the API shows them: names of what they point at, the person accountable
 * today, the calendar in effect, the last 90 days' compliance and the latest re-evaluation.
 */
export async function selectPromiseViews(
  tx: TTransaction,
  where: SQL,
  tail: SQL = sql`ORDER BY lower(p.internal_name), p.id`,
  now: Date = new Date(),
): Promise<TPromiseView[]> {
  const from = new Date(now.getTime() - RECENT_DAYS * DAY);
  const result = await tx.execute<TPromiseSqlRow>(sql`
    SELECT p.id, p.customer_wording, p.internal_name, p.owner_kind, p.owner_department_id,
      d.name AS department_name, p.value_chain_id, v.name AS chain_name, p.stage_id,
      s.name AS stage_name, u.id AS accountable_id, u.name AS accountable_name,
      p.target_rate, p.rule, p.calendar_id, c.name AS calendar_name, p.active, p.version,
      coalesce(k.kept, 0) AS kept, coalesce(k.broken, 0) AS broken, coalesce(k.open, 0) AS open,
      to_jsonb(e) AS evaluation, p.created_at, p.updated_at
    FROM promises p
    LEFT JOIN departments d ON d.org_id = p.org_id AND d.id = p.owner_department_id
    LEFT JOIN value_chains v ON v.org_id = p.org_id AND v.id = p.value_chain_id
    LEFT JOIN value_chain_stages s ON s.org_id = p.org_id AND s.id = p.stage_id
    LEFT JOIN users u ON u.org_id = p.org_id AND u.id =
      CASE p.owner_kind WHEN 'department' THEN d.head_user_id ELSE v.manager_user_id END
    LEFT JOIN business_calendars c ON c.org_id = p.org_id AND c.id = coalesce(p.calendar_id,
      (SELECT id FROM business_calendars WHERE is_default LIMIT 1))
    LEFT JOIN (
      SELECT o.promise_id, count(*) FILTER (WHERE o.status = 'kept')::int AS kept,
        count(*) FILTER (WHERE o.status = 'broken')::int AS broken,
        count(*) FILTER (WHERE o.status = 'open')::int AS open
      FROM promise_outcomes o WHERE o.started_at >= ${from.toISOString()}::timestamptz
      GROUP BY o.promise_id) k ON k.promise_id = p.id
    LEFT JOIN LATERAL (
      SELECT * FROM promise_evaluations x WHERE x.org_id = p.org_id AND x.promise_id = p.id
      ORDER BY x.requested_at DESC, x.id DESC LIMIT 1) e ON true
    WHERE ${where} ${tail}`);
  return result.rows.map((row) => toPromiseView(row, from));
}

/** One re-evaluation of a promise, or null. */
export async function selectEvaluation(
  tx: TTransaction,
  promiseId: string,
  evaluationId: string,
): Promise<TPromiseEvaluation | null> {
  const result = await tx.execute<Record<string, unknown>>(sql`
    SELECT * FROM promise_evaluations WHERE promise_id = ${promiseId} AND id = ${evaluationId}`);
  return toEvaluation(result.rows[0] ?? null);
}

export async function readPromise(tx: TTransaction, promiseId: string): Promise<TPromiseView> {
  const [promise] = await selectPromiseViews(tx, sql`p.id = ${promiseId}`);
  if (!promise) throw new AppError('not_found', { detail: `There is no promise ${promiseId}.` });
  return promise;
}
