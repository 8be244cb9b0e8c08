import { newId, type TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { type TUnnestColumn, unnestRows } from '../../common/sql-arrays.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import type { TOutcomeRow } from './outcome-rows.ts';
import { hasSubscribers, publishBreaches, publishKeptLate } from './publish-breach.ts';

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

/** A newly broken outcome of a promise. */
export interface TBrokenOutcome {
  promise: TEvaluationPromise;
  outcome: TOutcomeRow;
}

function toBreachRow({ promise, outcome }: TBrokenOutcome, now: Date) {
  return {
    id: newId('brc', now.getTime()),
    promiseId: promise.id,
    outcomeKey: outcome.key,
    customerId: outcome.customerId,
    departmentId: outcome.departmentId,
    userId: promise.accountableUserId,
    valueChainId: outcome.valueChainId,
    stageId: outcome.stageId,
    startStageId: outcome.startStageId,
    segment: outcome.segment,
    dueAt: outcome.dueAt,
    brokenAt: outcome.resolvedAt ?? outcome.dueAt ?? now.toISOString(),
    reason: outcome.reason,
    evidence: outcome.evidence,
  };
}

type TBreachRow = ReturnType<typeof toBreachRow>;

const BREACH_COLUMNS: TUnnestColumn<TBreachRow>[] = [
  ['id', 'text', (row) => row.id],
  ['promise_id', 'text', (row) => row.promiseId],
  ['outcome_key', 'text', (row) => row.outcomeKey],
  ['customer_id', 'text', (row) => row.customerId],
  ['department_id', 'text', (row) => row.departmentId],
  ['user_id', 'text', (row) => row.userId],
  ['value_chain_id', 'text', (row) => row.valueChainId],
  ['stage_id', 'text', (row) => row.stageId],
  ['start_stage_id', 'text', (row) => row.startStageId],
  ['segment', 'text', (row) => row.segment],
  ['due_at', 'timestamptz', (row) => row.dueAt],
  ['broken_at', 'timestamptz', (row) => row.brokenAt],
  ['reason', 'text', (row) => row.reason],
  ['evidence', 'text', (row) => row.evidence.join(' ')],
];

type TRecorded = {
  id: string;
  promise_id: string;
  customer_id: string;
  customer_name: string | null;
  department_id: string | null;
  department_name: string | null;
  due_at: Date | string | null;
  detected_at: Date | string;
  reason: string;
  evidence: string[];
};

/**
 * Records breaches for newly broken outcomes: a new row, or the withdrawn breach of the same
 * outcome brought back (a case opened from it still points at it). `announce` publishes
 * them as webhooks: live evaluation does, a replay of history does not.
 */
export async function recordBreaches(
  tx: TTransaction,
  orgId: string,
  broken: readonly TBrokenOutcome[],
  options: { now: Date; announce: boolean },
): Promise<void> {
  if (broken.length === 0) return;
  const rows = broken.map((item) => toBreachRow(item, options.now));
  const insert = sql`
    INSERT INTO promise_breaches AS b (org_id, id, promise_id, outcome_key, customer_id,
      accountable_department_id, accountable_user_id, value_chain_id, stage_id,
      start_stage_id, segment, due_at, broken_at, detected_at, reason, evidence_event_ids)
    SELECT ${orgId}, r.id, r.promise_id, r.outcome_key, r.customer_id, d.id, u.id,
      r.value_chain_id, r.stage_id, r.start_stage_id, r.segment, r.due_at, r.broken_at,
      ${options.now.toISOString()}::timestamptz, r.reason,
      string_to_array(r.evidence, ' ')::bigint[]
    FROM ${unnestRows(rows, BREACH_COLUMNS)}
    LEFT JOIN departments d ON d.org_id = ${orgId} AND d.id = r.department_id
    LEFT JOIN users u ON u.org_id = ${orgId} AND u.id = r.user_id
    ON CONFLICT (org_id, promise_id, outcome_key) DO UPDATE SET
      withdrawn_at = NULL, withdrawn_reason = NULL, due_at = EXCLUDED.due_at,
      broken_at = EXCLUDED.broken_at, detected_at = EXCLUDED.detected_at,
      reason = EXCLUDED.reason, evidence_event_ids = EXCLUDED.evidence_event_ids`;
  if (!options.announce || !(await hasSubscribers(tx, 'promise.breached'))) {
    await tx.execute(insert);
    return;
  }
  const result = await tx.execute<TRecorded>(sql`
    WITH recorded AS (${insert}
      RETURNING b.id, b.promise_id, b.customer_id, b.accountable_department_id, b.due_at,
        b.detected_at, b.reason, b.evidence_event_ids)
    SELECT r.id, r.promise_id, r.customer_id, c.name AS customer_name,
      r.accountable_department_id AS department_id, d.name AS department_name, r.due_at,
      r.detected_at, r.reason, r.evidence_event_ids::text[] AS evidence
    FROM recorded r
    LEFT JOIN customers c ON c.org_id = ${orgId} AND c.id = r.customer_id
    LEFT JOIN departments d ON d.org_id = ${orgId} AND d.id = r.accountable_department_id`);
  const promises = new Map(broken.map(({ promise }) => [promise.id, promise]));
  await publishBreaches(
    tx,
    orgId,
    result.rows.map((row) => ({
      breachId: row.id,
      promiseId: row.promise_id,
      promiseName: promises.get(row.promise_id)?.internalName ?? row.promise_id,
      customerWording: promises.get(row.promise_id)?.customerWording ?? '',
      customerId: row.customer_id,
      customerName: row.customer_name ?? row.customer_id,
      accountableDepartmentId: row.department_id,
      accountableDepartmentName: row.department_name,
      dueAt: iso(row.due_at),
      detectedAt: iso(row.detected_at) as string,
      reason: row.reason,
      evidenceEventIds: row.evidence.map((id) => `evt_${id}`),
    })),
  );
}

/**
 * Withdraws the active breaches of outcomes that are no longer broken, each with its reason;
 * those kept by a late event are announced (`promise.kept_late`) when `announce` is set.
 */
export async function withdrawBreaches(
  tx: TTransaction,
  orgId: string,
  withdrawn: readonly { promiseId: string; key: string; reason: string; keptLate: boolean }[],
  options: { now: Date; announce: boolean },
): Promise<void> {
  if (withdrawn.length === 0) return;
  const result = await tx.execute<{
    id: string;
    promise_id: string;
    customer_id: string;
    reason: string;
    late: boolean;
  }>(sql`
    UPDATE promise_breaches b SET withdrawn_at = ${options.now.toISOString()}::timestamptz,
      withdrawn_reason = left(r.reason, 500)
    FROM json_to_recordset(${JSON.stringify(withdrawn)}::json)
      AS r("promiseId" text, "key" text, reason text, "keptLate" boolean)
    WHERE b.promise_id = r."promiseId" AND b.outcome_key = r."key" AND b.withdrawn_at IS NULL
    RETURNING b.id, b.promise_id, b.customer_id, b.withdrawn_reason AS reason, r."keptLate" AS late`);
  if (!options.announce) return;
  await publishKeptLate(
    tx,
    orgId,
    result.rows
      .filter((row) => row.late)
      .map((row) => ({
        breachId: row.id,
        promiseId: row.promise_id,
        customerId: row.customer_id,
        withdrawnAt: options.now.toISOString(),
        withdrawnReason: row.reason,
      })),
  );
}
