import type {
  TBulkCaseAction,
  TBulkCaseRequest,
  TBulkCaseResult,
  TCase,
  TProblemFieldError,
} from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { inArray, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { getActivePerson } from './case-guards.ts';
import { notifyCase } from './case-notifications.ts';
import { selectCases, toCase } from './case-query.ts';
import { loadCaseStatuses } from './case-statuses-query.ts';
import { applyTransition, planTransition, type TTransitionPlan } from './plan-transition.ts';

async function lockCases(tx: TTransaction, ids: readonly string[]): Promise<Map<string, TCase>> {
  const rows = await selectCases(tx)
    .where(inArray(schema.cases.id, [...ids]))
    .for('update', { of: schema.cases });
  const found = new Map(rows.map((row) => [row.id, toCase(row)]));
  const missing: TProblemFieldError[] = ids.flatMap((id, index) =>
    found.has(id) ? [] : [{ pointer: `/ids/${index}`, message: `there is no case ${id}` }],
  );
  if (missing.length > 0)
    throw new AppError('not_found', {
      detail: `${missing.length} of the ${ids.length} cases do not exist; nothing was changed.`,
      errors: missing,
    });
  return found;
}

/** Every case's transition, or every reason one of them cannot move: all or nothing. */
async function planAll(
  tx: TTransaction,
  ids: readonly string[],
  cases: Map<string, TCase>,
  action: Extract<TBulkCaseAction, { kind: 'status' }>,
  at: Date,
) {
  const statuses = await loadCaseStatuses(tx);
  const plans: [TCase, TTransitionPlan][] = [];
  const errors: (TProblemFieldError & { code: AppError['code'] })[] = [];
  ids.forEach((id, index) => {
    const current = cases.get(id) as TCase;
    const plan = planTransition(current, action.to, action.rootCause, statuses, at);
    if (plan instanceof AppError)
      errors.push({
        code: plan.code,
        pointer: `/ids/${index}`,
        message: `${current.subject}: ${plan.detail}`,
      });
    else plans.push([current, plan]);
  });
  if (errors.length > 0) {
    const code = errors.some((error) => error.code === 'invalid_transition')
      ? 'invalid_transition'
      : 'validation_failed';
    throw new AppError(code, {
      detail: `${errors.length} of the ${ids.length} cases cannot move to ${action.to}; nothing was changed.`,
      errors: errors.map(({ pointer, message }) => ({ pointer, message })),
    });
  }
  return plans;
}

async function setOnAll(
  tx: TTransaction,
  ids: readonly string[],
  set: Partial<typeof schema.cases.$inferInsert>,
) {
  await tx
    .update(schema.cases)
    .set({ ...set, version: sql`${schema.cases.version} + 1`, updatedAt: new Date() })
    .where(inArray(schema.cases.id, [...ids]));
}

async function applyAction(
  tx: TTransaction,
  actor: TActor,
  cases: Map<string, TCase>,
  request: TBulkCaseRequest,
) {
  const { ids, action } = request;
  if (action.kind === 'priority') return setOnAll(tx, ids, { priority: action.priority });
  if (action.kind === 'assign') {
    const owner = action.ownerUserId;
    if (owner) await getActivePerson(tx, owner, '/action/ownerUserId');
    await setOnAll(tx, ids, { ownerUserId: owner });
    const changed = ids
      .map((id) => cases.get(id) as TCase)
      .filter((one) => owner && one.ownerUserId !== owner);
    return notifyCase(
      tx,
      actor,
      changed.map((one) => ({
        kind: 'case.assigned' as const,
        toUserId: owner as string,
        caseId: one.id,
        caseSubject: one.subject,
      })),
    );
  }
  const at = new Date();
  for (const [current, plan] of await planAll(tx, ids, cases, action, at))
    await applyTransition(tx, actor, current, plan, at);
}

/**
 * One action on many cases: assign an owner, change the status, or set the priority. All or
 * nothing: a missing case (404) or one that may not make the move (422, each named by its
 * position in `ids`) leaves every case as it was.
 */
export async function bulkUpdateCases(
  context: TServiceContext,
  request: TBulkCaseRequest,
): Promise<TBulkCaseResult> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const cases = await lockCases(tx, request.ids);
    await applyAction(tx, actor, cases, request);
    const rows = await selectCases(tx).where(inArray(schema.cases.id, [...request.ids]));
    const byId = new Map(rows.map((row) => [row.id, toCase(row)]));
    const items = request.ids.map((id) => byId.get(id) as TCase);
    return { updated: items.length, items };
  });
}
