import { listOrganizationIds, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { evaluatePendingEvents } from './evaluate-pending-events.ts';
import type { TEvaluationLog } from './evaluation/evaluate-new-events.ts';
import { evaluateSubjectSets } from './evaluation/evaluate-subjects.ts';
import { lockPromiseEvaluation } from './evaluation/evaluation-lock.ts';
import { activePromises } from './evaluation/evaluation-promises.ts';

const OUTCOMES_PER_STEP = 2_000;

type TDue = { promise_id: string; subject_key: string; key: string; due_at: Date | string };
type TCursor = { dueAt: string; promiseId: string; key: string } | null;

async function sweepStep(
  tx: TTransaction,
  orgId: string,
  now: Date,
  after: TCursor,
  log: TEvaluationLog,
): Promise<{ cursor: TCursor; broken: number }> {
  await lockPromiseEvaluation(tx);
  const due = await tx.execute<TDue>(sql`
    SELECT o.promise_id, o.subject_key, o.key, o.due_at FROM promise_outcomes o
    JOIN promises p ON p.org_id = o.org_id AND p.id = o.promise_id AND p.active
    WHERE o.org_id = ${orgId} AND o.status = 'open' AND o.due_at < ${now.toISOString()}::timestamptz
      ${after ? sql`AND (o.due_at, o.promise_id, o.key) > (${after.dueAt}::timestamptz, ${after.promiseId}, ${after.key})` : sql``}
    ORDER BY o.due_at, o.promise_id, o.key LIMIT ${OUTCOMES_PER_STEP}`);
  const last = due.rows.at(-1);
  if (!last) return { cursor: null, broken: 0 };
  const subjects = new Map<string, Set<string>>();
  for (const row of due.rows) {
    const keys = subjects.get(row.promise_id) ?? new Set<string>();
    keys.add(row.subject_key);
    subjects.set(row.promise_id, keys);
  }
  const requests = (await activePromises(tx))
    .filter((promise) => !promise.indexing && subjects.has(promise.id))
    .map((promise) => ({ promise, subjectKeys: [...(subjects.get(promise.id) ?? [])] }));
  const done = await evaluateSubjectSets(tx, orgId, requests, {
    now,
    announce: true,
    stamp: false,
    segments: new Map(),
  });
  for (const failure of done.failures)
    log(failure.message, { orgId, promiseId: failure.promiseId });
  const broken = done.broken;
  const cursor = {
    dueAt: new Date(last.due_at).toISOString(),
    promiseId: last.promise_id,
    key: last.key,
  };
  return { cursor: due.rows.length < OUTCOMES_PER_STEP ? null : cursor, broken };
}

/** One organisation: evaluate what ingest left pending, then break every missed deadline. */
async function sweepOrganizationDeadlines(
  database: TDatabase,
  orgId: string,
  now: Date,
  log: TEvaluationLog = () => undefined,
): Promise<{ broken: number }> {
  await evaluatePendingEvents(database, { orgId, now }, log);
  let cursor: TCursor = null;
  let broken = 0;
  do {
    const step = await withTenant(database, orgId, (tx) => sweepStep(tx, orgId, now, cursor, log));
    cursor = step.cursor;
    broken += step.broken;
  } while (cursor);
  return { broken };
}

/**
 * The minute sweep: open outcomes whose deadline passed with no event are evaluated again at
 * `now` (so the engine breaks them, or keeps a never/at-most promise whose watch ended), in
 * every organisation or the one given. Each organisation in its own transactions.
 */
export async function sweepDeadlines(
  database: TDatabase,
  input: { orgId?: string; now?: Date } = {},
  log: TEvaluationLog = () => undefined,
): Promise<{ organizations: number; broken: number }> {
  const now = input.now ?? new Date();
  const orgIds = input.orgId ? [input.orgId] : await listOrganizationIds(database);
  let broken = 0;
  for (const orgId of orgIds) {
    try {
      broken += (await sweepOrganizationDeadlines(database, orgId, now, log)).broken;
    } catch (error) {
      // One organisation's trouble must not stop the sweep of the others.
      log(`promise sweep failed for ${orgId}: ${(error as Error).message}`, { orgId });
    }
  }
  return { organizations: orgIds.length, broken };
}
