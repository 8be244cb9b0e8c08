import { type TDatabase, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { withdrawBreaches } from './breach-store.ts';
import { lockPromiseEvaluation } from './evaluation-lock.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';

/**
 * After a replay, outcomes still carrying an older version of the rule are ones the new rule
 * does not give: they go, and their breaches are withdrawn with the reason. False when the
 * evaluation was superseded meanwhile.
 */
export async function retireOldOutcomes(
  database: TDatabase,
  run: { orgId: string; evaluationId: string; now: Date },
  promise: TEvaluationPromise,
): Promise<boolean> {
  return withTenant(database, run.orgId, async (tx) => {
    await lockPromiseEvaluation(tx);
    const live = await tx.execute<{ status: string }>(sql`
      SELECT status FROM promise_evaluations WHERE id = ${run.evaluationId}`);
    if (live.rows[0]?.status !== 'running') return false;
    const retired = await tx.execute<{ key: string; status: string }>(sql`
      DELETE FROM promise_outcomes
      WHERE promise_id = ${promise.id} AND promise_version < ${promise.version}
      RETURNING key, status`);
    const reason = `No longer counted: version ${promise.version} of the rule does not give this chance to keep the promise.`;
    await withdrawBreaches(
      tx,
      run.orgId,
      retired.rows
        .filter((row) => row.status === 'broken')
        .map((row) => ({ promiseId: promise.id, key: row.key, reason, keptLate: false })),
      { now: run.now, announce: false },
    );
    return true;
  });
}
