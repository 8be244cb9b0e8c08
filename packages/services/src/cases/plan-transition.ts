import type { TCase } from '@customeric/contracts';
import { newId, schema, type TTransaction } from '@customeric/db';
import { checkTransition, type TCaseStatusDefinition } from '@customeric/domain';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TActor } from '../common/context.ts';

export interface TTransitionPlan {
  to: TCaseStatusDefinition;
  set: Partial<typeof schema.cases.$inferInsert>;
}

/**
 * What moving the case to `toKey` changes, or the problem that says why it may not move:
 * 422 naming the allowed statuses, or 400 when resolving without a root cause.
 */
export function planTransition(
  current: TCase,
  toKey: string,
  rootCause: string | undefined,
  statuses: readonly TCaseStatusDefinition[],
  at: Date,
): TTransitionPlan | AppError {
  const check = checkTransition(current.statusKey, toKey, statuses);
  if (!check.ok)
    return new AppError('invalid_transition', {
      detail: check.reason,
      errors: [
        {
          pointer: '/to',
          message: `allowed: ${check.allowed.map((status) => status.key).join(', ') || 'none'}`,
        },
      ],
    });
  const { from, to } = check;
  const cause = rootCause ?? current.rootCause ?? undefined;
  if (to.category === 'resolved' && !cause)
    return new AppError('validation_failed', {
      detail: `Say what caused the problem to resolve the case “${current.subject}”.`,
      errors: [{ pointer: '/rootCause', message: 'is required to resolve a case' }],
    });
  const set: TTransitionPlan['set'] = { statusKey: to.key, statusCategory: to.category };
  if (to.category === 'resolved') Object.assign(set, { resolvedAt: at, rootCause: cause });
  if (to.category === 'closed') set.closedAt = at;
  // Reopened: the old answer was not the answer; the next resolution says why again.
  if (from.category === 'resolved' && to.category === 'open')
    Object.assign(set, { resolvedAt: null, rootCause: null });
  return { to, set };
}

/** Writes a planned transition with its history row; the version grows by one. */
export async function applyTransition(
  tx: TTransaction,
  actor: TActor,
  current: TCase,
  plan: TTransitionPlan,
  at: Date,
): Promise<void> {
  await tx
    .update(schema.cases)
    .set({ ...plan.set, version: sql`${schema.cases.version} + 1`, updatedAt: new Date() })
    .where(eq(schema.cases.id, current.id));
  await tx.insert(schema.caseStatusChanges).values({
    orgId: actor.orgId,
    id: newId('csc'),
    caseId: current.id,
    fromStatusKey: current.statusKey,
    toStatusKey: plan.to.key,
    actorUserId: actor.userId,
    at,
  });
}
