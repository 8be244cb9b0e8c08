import type { TCreatePromiseRequest, TPromiseView } from '@customeric/contracts';
import { newId, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import {
  assertPromiseReferences,
  ensureCalendarFor,
  rethrowDuplicateName,
} from './promise-guards.ts';
import { readPromise } from './promise-query.ts';
import { startPromiseEvaluation } from './start-promise-evaluation.ts';

/**
 * Adds a promise to the Bill of Rights. An active one is evaluated over the history at once
 * (a job with progress), and over every event from now on.
 */
export async function createPromise(
  context: TServiceContext,
  input: TCreatePromiseRequest,
): Promise<TPromiseView> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    await assertPromiseReferences(tx, input);
    await ensureCalendarFor(tx, orgId, input.rule, input.calendarId);
    const id = newId('prm');
    await tx
      .execute(sql`
        INSERT INTO promises (org_id, id, customer_wording, internal_name, owner_kind,
          owner_department_id, value_chain_id, stage_id, target_rate, rule, calendar_id, active)
        VALUES (${orgId}, ${id}, ${input.customerWording}, ${input.internalName},
          ${input.ownerKind}, ${input.ownerDepartmentId}, ${input.valueChainId}, ${input.stageId},
          ${input.targetRate}, ${JSON.stringify(input.rule)}::jsonb, ${input.calendarId},
          ${input.active})`)
      .catch(rethrowDuplicateName(input.internalName));
    if (input.active) await startPromiseEvaluation(tx, orgId, { id, version: 1 }, 'created');
    return readPromise(tx, id);
  });
}
