import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { textArray } from '../sql-arrays.ts';
import type { TOutcomeRow } from './outcome-rows.ts';

type TSqlOutcome = {
  key: string;
  subject_key: string;
  customer_id: string;
  status: TOutcomeRow['status'];
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
  start_stage_id: string | null;
  segment: string | null;
  promise_version: number;
};

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

function fromSql(row: TSqlOutcome): TOutcomeRow {
  return {
    key: row.key,
    subjectKey: row.subject_key,
    customerId: row.customer_id,
    status: row.status,
    startEventId: String(row.start_event_id),
    endEventId: row.end_event_id === null ? null : String(row.end_event_id),
    startedAt: iso(row.started_at) as string,
    dueAt: iso(row.due_at),
    resolvedAt: iso(row.resolved_at),
    evidence: row.evidence.map(String),
    reason: row.reason,
    departmentId: row.department_id,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    startStageId: row.start_stage_id,
    segment: row.segment,
    version: row.promise_version,
  };
}

/** The stored outcomes of these subjects of one promise, by key. */
export async function loadOutcomeRows(
  tx: TTransaction,
  promiseId: string,
  subjectKeys: readonly string[],
): Promise<Map<string, TOutcomeRow>> {
  const result = await tx.execute<TSqlOutcome>(sql`
    SELECT key, subject_key, customer_id, status, start_event_id::text, end_event_id::text,
      started_at, due_at, resolved_at, evidence_event_ids::text[] AS evidence, reason,
      department_id, value_chain_id, stage_id, start_stage_id, segment, promise_version
    FROM promise_outcomes
    WHERE promise_id = ${promiseId} AND subject_key = ANY(${textArray(subjectKeys)})`);
  return new Map(result.rows.map((row) => [row.key, fromSql(row)]));
}

/** Inserts new outcomes and overwrites changed ones, in one statement. */
export async function upsertOutcomes(
  tx: TTransaction,
  orgId: string,
  promiseId: string,
  rows: readonly TOutcomeRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO promise_outcomes (org_id, promise_id, key, subject_key, customer_id, status,
      start_event_id, end_event_id, started_at, due_at, resolved_at, evidence_event_ids, reason,
      department_id, value_chain_id, stage_id, start_stage_id, segment, promise_version)
    SELECT ${orgId}, ${promiseId}, r."key", r."subjectKey", r."customerId", r.status,
      r."startEventId", r."endEventId", r."startedAt", r."dueAt", r."resolvedAt", r.evidence,
      r.reason, r."departmentId", r."valueChainId", r."stageId", r."startStageId", r.segment,
      r.version
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("key" text, "subjectKey" text,
      "customerId" text, status text, "startEventId" bigint, "endEventId" bigint,
      "startedAt" timestamptz, "dueAt" timestamptz, "resolvedAt" timestamptz, evidence bigint[],
      reason text, "departmentId" text, "valueChainId" text, "stageId" text,
      "startStageId" text, segment text, version integer)
    ON CONFLICT (org_id, promise_id, key) DO UPDATE SET
      status = EXCLUDED.status, end_event_id = EXCLUDED.end_event_id,
      started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at,
      resolved_at = EXCLUDED.resolved_at, evidence_event_ids = EXCLUDED.evidence_event_ids,
      reason = EXCLUDED.reason, promise_version = EXCLUDED.promise_version, updated_at = now()`);
}

export async function deleteOutcomes(
  tx: TTransaction,
  promiseId: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(sql`
    DELETE FROM promise_outcomes
    WHERE promise_id = ${promiseId} AND key = ANY(${textArray(keys)})`);
}

/** Marks unchanged outcomes as evaluated under this version (a re-evaluation keeps them). */
export async function stampOutcomes(
  tx: TTransaction,
  promiseId: string,
  keys: readonly string[],
  version: number,
): Promise<void> {
  if (keys.length === 0) return;
  await tx.execute(sql`
    UPDATE promise_outcomes SET promise_version = ${version}
    WHERE promise_id = ${promiseId} AND key = ANY(${textArray(keys)})
      AND promise_version <> ${version}`);
}
