import type { TCase, TTransitionCaseRequest } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { checkVersion } from './case-guards.ts';
import { resolveMoment } from './case-moments.ts';
import { getCaseInTransaction } from './case-query.ts';
import { loadCaseStatuses } from './case-statuses-query.ts';
import { applyTransition, planTransition } from './plan-transition.ts';

/** Moves a case to another status, if the rules allow it (see domain case-transitions). */
export async function transitionCase(
  context: TServiceContext,
  caseId: string,
  request: TTransitionCaseRequest,
): Promise<TCase> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const current = await getCaseInTransaction(tx, caseId, { lock: true });
    checkVersion(current, request.version, false);
    const at = resolveMoment(request.at, '/at', latestOf(current));
    const plan = planTransition(
      current,
      request.to,
      request.rootCause,
      await loadCaseStatuses(tx),
      at,
    );
    if (plan instanceof AppError) throw plan;
    await applyTransition(tx, actor, current, plan, at);
    return getCaseInTransaction(tx, caseId);
  });
}

/** The last moment the case's status or department changed: nothing can happen before it. */
export function latestOf(current: TCase): Date {
  const moments = [current.openedAt, current.departmentSince, current.resolvedAt, current.closedAt]
    .filter((value): value is string => value !== null)
    .map((value) => new Date(value).getTime());
  return new Date(Math.max(...moments));
}
