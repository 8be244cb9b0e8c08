import type { TPromiseEvaluation } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readPromise, selectEvaluation } from './promise-query.ts';
import { startPromiseEvaluation } from './start-promise-evaluation.ts';

/** Replays a promise's history on request; 409 while one is already waiting or running. */
export async function requestPromiseEvaluation(
  context: TServiceContext,
  promiseId: string,
): Promise<TPromiseEvaluation> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    const promise = await readPromise(tx, promiseId);
    if (!promise.active)
      throw new AppError('conflict', {
        detail: `"${promise.internalName}" is inactive: activate it and its history is evaluated again.`,
      });
    await startPromiseEvaluation(tx, orgId, promise, 'requested');
    return (await readPromise(tx, promiseId)).evaluation as TPromiseEvaluation;
  });
}

/** One re-evaluation with its progress (the progress bar polls this). */
export async function getPromiseEvaluation(
  context: TServiceContext,
  promiseId: string,
  evaluationId: string,
): Promise<TPromiseEvaluation> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const promise = await readPromise(tx, promiseId);
    const evaluation = await selectEvaluation(tx, promise.id, evaluationId);
    if (!evaluation)
      throw new AppError('not_found', {
        detail: `There is no re-evaluation ${evaluationId} of this promise.`,
      });
    return evaluation;
  });
}
