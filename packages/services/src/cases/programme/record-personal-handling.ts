import type { TPersonalHandling, TRecordHandlingRequest } from '@customeric/contracts';
import { newId, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';
import { getCaseInTransaction } from '../case-query.ts';
import { selectHandlings } from './handling-query.ts';

/** The actor's own open assignment of this case, taken for the rest of the transaction. */
async function takeOwnAssignment(tx: TTransaction, caseId: string, userId: string) {
  const rows = await tx.execute<{ id: string; handled_at: Date | null }>(sql`
    SELECT id, handled_at FROM programme_assignments
    WHERE case_id = ${caseId} AND executive_user_id = ${userId} FOR UPDATE`);
  return rows.rows[0] ?? null;
}

/**
 * Records that the actor dealt with this complaint personally, with what they did and learned.
 * When the complaint is the actor's own programme assignment it is thereby handled; anyone
 * else who picks up a complaint personally is recorded too (seed 001: "from the CEO on down").
 * Once per person and case: a second time answers 409.
 */
export async function recordPersonalHandling(
  context: TServiceContext,
  caseId: string,
  request: TRecordHandlingRequest,
  now: Date = new Date(),
): Promise<TPersonalHandling> {
  const { actor } = context;
  const userId = actor.userId;
  if (!userId)
    throw new AppError('forbidden', { detail: 'Only a person can handle a complaint personally.' });
  return withTenant(context.database, actor.orgId, async (tx) => {
    await getCaseInTransaction(tx, caseId);
    const assignment = await takeOwnAssignment(tx, caseId, userId);
    const id = newId('phd');
    const inserted = await tx.execute(sql`
      INSERT INTO personal_handlings (org_id, id, case_id, user_id, assignment_id, notes, handled_at)
      VALUES (${actor.orgId}, ${id}, ${caseId}, ${userId}, ${assignment?.id ?? null},
        ${request.notes}, ${now.toISOString()})
      ON CONFLICT (org_id, case_id, user_id) DO NOTHING`);
    if (inserted.rowCount !== 1)
      throw new AppError('conflict', {
        detail: 'You have already recorded handling this complaint personally.',
      });
    if (assignment && !assignment.handled_at)
      await tx.execute(sql`
        UPDATE programme_assignments SET handled_at = ${now.toISOString()}, handling_notes = ${request.notes}
        WHERE id = ${assignment.id}`);
    const [handling] = await selectHandlings(tx, sql`h.id = ${id}`);
    return handling as TPersonalHandling;
  });
}
