import type { TCase, TCaseFollowUp, TCloseFollowUpRequest } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import type { TCaseStatusDefinition } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TActor, TServiceContext } from '../../common/context.ts';
import { getCaseInTransaction } from '../case-query.ts';
import { loadCaseStatuses } from '../case-statuses-query.ts';
import { applyTransition, planTransition } from '../plan-transition.ts';
import { latestOf } from '../transition-case.ts';
import { findFollowUp } from './follow-up-query.ts';

function firstOf(statuses: TCaseStatusDefinition[], category: 'resolved' | 'closed') {
  const status = statuses.find((item) => item.category === category && !item.archived);
  if (!status)
    throw new AppError('conflict', {
      detail: `There is no ${category} status to move the case to; an administrator adds one.`,
    });
  return status;
}

/** Through the ordinary transition rules: resolved with the root cause, then closed. */
async function closeCase(
  tx: TTransaction,
  actor: TActor,
  caseId: string,
  rootCause: string,
  now: Date,
) {
  const statuses = await loadCaseStatuses(tx);
  let current: TCase = await getCaseInTransaction(tx, caseId, { lock: true });
  const at = new Date(Math.max(now.getTime(), latestOf(current).getTime()));
  for (const category of ['resolved', 'closed'] as const) {
    if (current.statusCategory === category || current.statusCategory === 'closed') continue;
    const plan = planTransition(current, firstOf(statuses, category).key, rootCause, statuses, at);
    if (plan instanceof AppError) throw plan;
    await applyTransition(tx, actor, current, plan, at);
    current = await getCaseInTransaction(tx, caseId);
  }
}

/**
 * Closes the loop on a detractor's answer: records what was done and whether the customer was
 * contacted, and resolves and closes the follow-up case (a case already closed keeps its
 * status). Once: a loop already closed answers 409.
 */
export async function closeFollowUp(
  context: TServiceContext,
  caseId: string,
  request: TCloseFollowUpRequest,
  now: Date = new Date(),
): Promise<TCaseFollowUp> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await getCaseInTransaction(tx, caseId, { lock: true });
    const followUp = await findFollowUp(tx, caseId);
    if (!followUp)
      throw new AppError('not_found', {
        detail: `Case ${caseId} was not opened from a survey answer: it has no loop to close.`,
      });
    if (followUp.closedAt)
      throw new AppError('conflict', { detail: 'The loop on this answer is already closed.' });
    if (request.contactedOn && request.contactedOn > now.toISOString().slice(0, 10))
      throw new AppError('validation_failed', {
        detail: `${request.contactedOn} is in the future.`,
        errors: [{ pointer: '/contactedOn', message: 'is in the future' }],
      });
    await tx.execute(sql`
      UPDATE case_follow_ups SET action_taken = ${request.actionTaken},
        customer_contacted = ${request.customerContacted}, contacted_on = ${request.contactedOn}::date,
        closed_by_user_id = ${actor.userId}, closed_at = ${now.toISOString()}
      WHERE case_id = ${caseId}`);
    await closeCase(tx, actor, caseId, request.rootCause, now);
    return (await findFollowUp(tx, caseId)) as TCaseFollowUp;
  });
}

export async function getCaseFollowUp(
  context: TServiceContext,
  caseId: string,
): Promise<{ followUp: TCaseFollowUp | null }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await getCaseInTransaction(tx, caseId);
    return { followUp: await findFollowUp(tx, caseId) };
  });
}
