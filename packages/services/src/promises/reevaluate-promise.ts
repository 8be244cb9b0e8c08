import { type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TEvaluationLog } from './evaluation/evaluate-new-events.ts';
import { evaluateSubjectSets, PromiseRuleFailure } from './evaluation/evaluate-subjects.ts';
import { lockPromiseEvaluation } from './evaluation/evaluation-lock.ts';
import { getEvaluationPromise, type TEvaluationPromise } from './evaluation/evaluation-promises.ts';
import { rebuildSubjectIndex } from './evaluation/rebuild-subject-index.ts';
import { retireOldOutcomes } from './evaluation/retire-old-outcomes.ts';

const SUBJECTS_PER_STEP = 500;

type TRun = { orgId: string; evaluationId: string; now: Date; log: TEvaluationLog };

async function isLive(tx: TTransaction, evaluationId: string): Promise<boolean> {
  const result = await tx.execute<{ status: string }>(sql`
    SELECT status FROM promise_evaluations WHERE id = ${evaluationId}`);
  return result.rows[0]?.status === 'running';
}

async function begin(database: TDatabase, run: TRun): Promise<TEvaluationPromise | null> {
  return withTenant(database, run.orgId, async (tx) => {
    const result = await tx.execute<{
      status: string;
      promise_version: number;
      promise_id: string;
    }>(sql`
      SELECT status, promise_version, promise_id FROM promise_evaluations
      WHERE id = ${run.evaluationId} FOR UPDATE`);
    const evaluation = result.rows[0];
    if (!evaluation || !['queued', 'running'].includes(evaluation.status)) return null;
    const promise = await getEvaluationPromise(tx, evaluation.promise_id);
    const current = promise && promise.version === evaluation.promise_version && promise.active;
    await tx.execute(sql`
      UPDATE promise_evaluations SET
        status = ${current ? 'running' : 'superseded'},
        started_at = coalesce(started_at, ${run.now.toISOString()}::timestamptz),
        finished_at = ${current ? null : run.now.toISOString()}::timestamptz,
        total = NULL, processed = 0
      WHERE id = ${run.evaluationId}`);
    return current ? promise : null;
  });
}

/** One slice of the subjects, in its own transaction; false when superseded meanwhile. */
async function evaluateStep(
  database: TDatabase,
  run: TRun,
  promise: TEvaluationPromise,
  keys: string[],
): Promise<boolean> {
  return withTenant(database, run.orgId, async (tx) => {
    await lockPromiseEvaluation(tx);
    if (!(await isLive(tx, run.evaluationId))) return false;
    const done = await evaluateSubjectSets(tx, run.orgId, [{ promise, subjectKeys: keys }], {
      now: run.now,
      announce: false,
      stamp: true,
      segments: new Map(),
    });
    const [failure] = done.failures;
    if (failure) throw failure;
    await tx.execute(sql`
      UPDATE promise_evaluations SET processed = processed + ${keys.length}
      WHERE id = ${run.evaluationId}`);
    return true;
  });
}

async function finish(
  database: TDatabase,
  run: TRun,
  status: 'succeeded' | 'failed',
  error?: string,
) {
  await withTenant(database, run.orgId, (tx) =>
    tx.execute(sql`
      UPDATE promise_evaluations SET status = ${status}, error = ${error ?? null},
        finished_at = ${new Date().toISOString()}::timestamptz
      WHERE id = ${run.evaluationId} AND status = 'running'`),
  );
}

/**
 * Replays a promise's history after its rule changed (or on request): files every event it
 * can read under its subjects again, evaluates the subjects a step at a time (processed /
 * total is the progress bar), then retires the outcomes the new rule no longer gives. Safe to
 * run twice: a finished or superseded evaluation is left alone, a broken-off one starts over.
 */
export async function reevaluatePromise(
  database: TDatabase,
  input: { orgId: string; evaluationId: string; now?: Date },
  log: TEvaluationLog = () => undefined,
): Promise<void> {
  const run: TRun = { ...input, now: input.now ?? new Date(), log };
  const promise = await begin(database, run);
  if (!promise) return;
  try {
    const subjects = await rebuildSubjectIndex(database, run.orgId, run.evaluationId, promise);
    if (!subjects) return;
    for (let start = 0; start < subjects.length; start += SUBJECTS_PER_STEP) {
      const keys = subjects.slice(start, start + SUBJECTS_PER_STEP);
      if (!(await evaluateStep(database, run, promise, keys))) return;
    }
    if (!(await retireOldOutcomes(database, run, promise))) return;
    await finish(database, run, 'succeeded');
  } catch (error) {
    if (!(error instanceof PromiseRuleFailure)) throw error;
    log(error.message, { orgId: run.orgId, promiseId: promise.id });
    await finish(database, run, 'failed', error.reason);
  }
}
