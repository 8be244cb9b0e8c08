import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { type TUnnestColumn, textArray, unnestRows } from '../../common/sql-arrays.ts';
import type { TOutcomeRow } from './outcome-rows.ts';

type TSqlOutcome = {
  promise_id: string;
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

/** Outcomes of one promise's subjects, to read back: promise id → outcome key → row. */
export type TStoredOutcomes = Map<string, Map<string, TOutcomeRow>>;

export interface TSubjectRef {
  promiseId: string;
  subjectKey: string;
}

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

function fromSql(row: TSqlOutcome): TOutcomeRow {
  return {
    promiseId: row.promise_id,
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

/** The stored outcomes of these (promise, subject) pairs, in one query along the primary key. */
export async function loadOutcomeRows(
  tx: TTransaction,
  subjects: readonly TSubjectRef[],
): Promise<TStoredOutcomes> {
  const byPromise: TStoredOutcomes = new Map();
  if (subjects.length === 0) return byPromise;
  const result = await tx.execute<TSqlOutcome>(sql`
    SELECT o.promise_id, o.key, o.subject_key, o.customer_id, o.status, o.start_event_id::text,
      o.end_event_id::text, o.started_at, o.due_at, o.resolved_at,
      o.evidence_event_ids::text[] AS evidence, o.reason, o.department_id, o.value_chain_id,
      o.stage_id, o.start_stage_id, o.segment, o.promise_version
    FROM unnest(${textArray(subjects.map((s) => s.promiseId))},
      ${textArray(subjects.map((s) => s.subjectKey))}) AS r(promise_id, subject_key)
    JOIN promise_outcomes o ON o.promise_id = r.promise_id AND o.subject_key = r.subject_key`);
  for (const row of result.rows) {
    const outcomes = byPromise.get(row.promise_id) ?? new Map<string, TOutcomeRow>();
    outcomes.set(row.key, fromSql(row));
    byPromise.set(row.promise_id, outcomes);
  }
  return byPromise;
}

const OUTCOME_COLUMNS: TUnnestColumn<TOutcomeRow>[] = [
  ['promise_id', 'text', (row) => row.promiseId],
  ['key', 'text', (row) => row.key],
  ['subject_key', 'text', (row) => row.subjectKey],
  ['customer_id', 'text', (row) => row.customerId],
  ['status', 'text', (row) => row.status],
  ['start_event_id', 'bigint', (row) => row.startEventId],
  ['end_event_id', 'bigint', (row) => row.endEventId],
  ['started_at', 'timestamptz', (row) => row.startedAt],
  ['due_at', 'timestamptz', (row) => row.dueAt],
  ['resolved_at', 'timestamptz', (row) => row.resolvedAt],
  ['evidence', 'text', (row) => row.evidence.join(' ')],
  ['reason', 'text', (row) => row.reason],
  ['department_id', 'text', (row) => row.departmentId],
  ['value_chain_id', 'text', (row) => row.valueChainId],
  ['stage_id', 'text', (row) => row.stageId],
  ['start_stage_id', 'text', (row) => row.startStageId],
  ['segment', 'text', (row) => row.segment],
  ['version', 'integer', (row) => row.version],
];

/**
 * Inserts new outcomes, of any promises, in one statement. A plain insert: new keys are new
 * (the caller read the subjects' outcomes under the organisation's evaluation lock), and
 * ON CONFLICT's speculative insertion would cost every row more.
 */
export async function insertOutcomes(
  tx: TTransaction,
  orgId: string,
  rows: readonly TOutcomeRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    INSERT INTO promise_outcomes (org_id, promise_id, key, subject_key, customer_id, status,
      start_event_id, end_event_id, started_at, due_at, resolved_at, evidence_event_ids, reason,
      department_id, value_chain_id, stage_id, start_stage_id, segment, promise_version)
    SELECT ${orgId}, r.promise_id, r.key, r.subject_key, r.customer_id, r.status,
      r.start_event_id, r.end_event_id, r.started_at, r.due_at, r.resolved_at,
      string_to_array(r.evidence, ' ')::bigint[], r.reason, r.department_id, r.value_chain_id,
      r.stage_id, r.start_stage_id, r.segment, r.version
    FROM ${unnestRows(rows, OUTCOME_COLUMNS)}`);
}

/** Overwrites what changed of stored outcomes (the snapshots stay as first taken). */
export async function updateOutcomes(
  tx: TTransaction,
  rows: readonly TOutcomeRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    UPDATE promise_outcomes o SET status = r.status, end_event_id = r.end_event_id,
      started_at = r.started_at, due_at = r.due_at, resolved_at = r.resolved_at,
      evidence_event_ids = string_to_array(r.evidence, ' ')::bigint[], reason = r.reason,
      promise_version = r.version, updated_at = now()
    FROM ${unnestRows(rows, OUTCOME_COLUMNS)}
    WHERE o.promise_id = r.promise_id AND o.subject_key = r.subject_key AND o.key = r.key`);
}

type TOutcomeRef = Pick<TOutcomeRow, 'promiseId' | 'subjectKey' | 'key'>;

function refsJson(rows: readonly TOutcomeRef[]) {
  return JSON.stringify(rows.map((row) => ({ p: row.promiseId, s: row.subjectKey, k: row.key })));
}

export async function deleteOutcomes(
  tx: TTransaction,
  rows: readonly TOutcomeRef[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.execute(sql`
    DELETE FROM promise_outcomes o USING json_to_recordset(${refsJson(rows)}::json)
      AS r(p text, s text, k text)
    WHERE o.promise_id = r.p AND o.subject_key = r.s AND o.key = r.k`);
}

/** Marks unchanged outcomes as evaluated under their promise's current version (a replay). */
export async function stampOutcomes(
  tx: TTransaction,
  rows: readonly (TOutcomeRef & { version: number })[],
): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((row) => ({ p: row.promiseId, s: row.subjectKey, k: row.key, v: row.version })),
  );
  await tx.execute(sql`
    UPDATE promise_outcomes o SET promise_version = r.v
    FROM json_to_recordset(${json}::json) AS r(p text, s text, k text, v integer)
    WHERE o.promise_id = r.p AND o.subject_key = r.s AND o.key = r.k
      AND o.promise_version <> r.v`);
}
