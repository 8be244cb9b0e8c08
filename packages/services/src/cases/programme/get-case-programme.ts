import type { TPersonalHandling, TProgrammeAssignment } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { getCaseInTransaction } from '../case-query.ts';
import { selectAssignments } from './assignment-query.ts';
import { selectHandlings } from './handling-query.ts';

/** The programme on one case: the executive it was given to, and who handled it personally. */
export async function getCaseProgramme(
  context: TServiceContext,
  caseId: string,
  now: Date = new Date(),
): Promise<{ assignment: TProgrammeAssignment | null; handlings: TPersonalHandling[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await getCaseInTransaction(tx, caseId);
    const [assignment] = await selectAssignments(tx, sql`a.case_id = ${caseId}`, now);
    return {
      assignment: assignment ?? null,
      handlings: await selectHandlings(tx, sql`h.case_id = ${caseId}`),
    };
  });
}
