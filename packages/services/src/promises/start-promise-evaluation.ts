import { newId, type TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { sendInTransaction } from '../jobs/job-queue.ts';

export const REEVALUATE_JOB = 'promises.reevaluate';

export type TEvaluationReason = 'created' | 'rule_changed' | 'activated' | 'requested';

type TLive = { id: string; processed: number; total: number | null };

function isUniqueViolation(error: unknown): boolean {
  const seen = error as { code?: string; cause?: unknown } | null;
  if (!seen) return false;
  return seen.code === '23505' || isUniqueViolation(seen.cause);
}

function alreadyRunning(live: TLive): AppError {
  const progress =
    live.total === null ? 'indexing events' : `${live.processed} of ${live.total} subjects`;
  return new AppError('conflict', {
    detail: `A re-evaluation of this promise is already running (${live.id}, ${progress}); follow its progress instead of starting another.`,
  });
}

/**
 * Queues a replay of the promise's history in the caller's transaction (the job exists only
 * if the change that asked for it commits). A rule change supersedes a replay still running
 * for the old rule; a request while one runs is refused with 409.
 */
export async function startPromiseEvaluation(
  tx: TTransaction,
  orgId: string,
  promise: { id: string; version: number },
  reason: TEvaluationReason,
): Promise<string> {
  const live = await tx.execute<TLive>(sql`
    SELECT id, processed, total FROM promise_evaluations
    WHERE promise_id = ${promise.id} AND status IN ('queued', 'running') FOR UPDATE`);
  const running = live.rows[0];
  if (running && reason === 'requested') throw alreadyRunning(running);
  if (running)
    await tx.execute(sql`
      UPDATE promise_evaluations SET status = 'superseded', finished_at = now()
      WHERE id = ${running.id}`);
  const id = newId('pev');
  try {
    await tx.execute(sql`
      INSERT INTO promise_evaluations (org_id, id, promise_id, promise_version, reason)
      VALUES (${orgId}, ${id}, ${promise.id}, ${promise.version}, ${reason})`);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another request queued one between our look and our insert (the transaction ends here).
    throw alreadyRunning({ id: 'started by another request', processed: 0, total: null });
  }
  await sendInTransaction(tx, REEVALUATE_JOB, { orgId, evaluationId: id });
  return id;
}
