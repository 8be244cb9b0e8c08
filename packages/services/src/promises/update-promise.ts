import type { TPromiseView, TUpdatePromiseRequest } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import {
  assertPromiseReferences,
  ensureCalendarFor,
  rethrowDuplicateName,
} from './promise-guards.ts';
import { readPromise } from './promise-query.ts';
import { startPromiseEvaluation, type TEvaluationReason } from './start-promise-evaluation.ts';

const COLUMNS: Record<string, string> = {
  customerWording: 'customer_wording',
  internalName: 'internal_name',
  ownerKind: 'owner_kind',
  ownerDepartmentId: 'owner_department_id',
  valueChainId: 'value_chain_id',
  stageId: 'stage_id',
  targetRate: 'target_rate',
  calendarId: 'calendar_id',
  active: 'active',
};

function setClauses(input: TUpdatePromiseRequest, ruleChanged: boolean): SQL[] {
  const sets: SQL[] = [sql`updated_at = now()`];
  for (const [field, column] of Object.entries(COLUMNS)) {
    const value = input[field as keyof TUpdatePromiseRequest];
    if (value !== undefined) sets.push(sql`${sql.identifier(column)} = ${value}`);
  }
  if (input.rule !== undefined) sets.push(sql`rule = ${JSON.stringify(input.rule)}::jsonb`);
  if (ruleChanged) sets.push(sql`version = version + 1`);
  return sets;
}

function evaluationReason(before: TPromiseView, after: TPromiseView, ruleChanged: boolean) {
  if (!after.active) return null;
  if (!before.active) return 'activated' satisfies TEvaluationReason;
  return ruleChanged ? ('rule_changed' satisfies TEvaluationReason) : null;
}

async function applyUpdate(
  tx: TTransaction,
  orgId: string,
  id: string,
  input: TUpdatePromiseRequest,
) {
  const before = await readPromise(tx, id);
  const merged = { ...before, ...input };
  await assertPromiseReferences(tx, merged);
  await ensureCalendarFor(tx, orgId, merged.rule, merged.calendarId);
  const ruleChanged =
    (input.rule !== undefined && JSON.stringify(input.rule) !== JSON.stringify(before.rule)) ||
    (input.calendarId !== undefined && input.calendarId !== before.calendarId);
  await tx
    .execute(sql`UPDATE promises SET ${sql.join(setClauses(input, ruleChanged), sql`, `)}
      WHERE id = ${id}`)
    .catch(rethrowDuplicateName(merged.internalName));
  const after = await readPromise(tx, id);
  const reason = evaluationReason(before, after, ruleChanged);
  if (before.active && !after.active)
    await tx.execute(sql`UPDATE promise_evaluations SET status = 'superseded', finished_at = now()
      WHERE promise_id = ${id} AND status IN ('queued', 'running')`);
  if (reason) await startPromiseEvaluation(tx, orgId, after, reason);
  return reason ? readPromise(tx, id) : after;
}

/**
 * Changes a promise. A new rule or calendar bumps the version and replays the history under
 * it (superseding a replay still running); activating replays it too, since an inactive
 * promise is not kept up to date.
 */
export async function updatePromise(
  context: TServiceContext,
  promiseId: string,
  input: TUpdatePromiseRequest,
): Promise<TPromiseView> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, (tx) => applyUpdate(tx, orgId, promiseId, input));
}
