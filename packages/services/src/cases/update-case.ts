import type { TCase, TUpdateCaseRequest } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { checkVersion, getActivePerson } from './case-guards.ts';
import { notifyCase } from './case-notifications.ts';
import { getCaseInTransaction } from './case-query.ts';

async function checkChange(
  tx: TTransaction,
  current: TCase,
  fields: Omit<TUpdateCaseRequest, 'version'>,
) {
  if (fields.ownerUserId) await getActivePerson(tx, fields.ownerUserId, '/ownerUserId');
  if (fields.frontOwnerUserId)
    await getActivePerson(tx, fields.frontOwnerUserId, '/frontOwnerUserId');
  const done = current.statusCategory === 'resolved' || current.statusCategory === 'closed';
  if (done && fields.rootCause === null)
    throw new AppError('validation_failed', {
      detail: 'A resolved case keeps its root cause; reopen it to clear it.',
      errors: [{ pointer: '/rootCause', message: 'is required while the case is resolved' }],
    });
}

/**
 * Changes a case's fields (not its status or department: those are transitions and
 * handoffs). The caller names the version it changed; a writer holding an older one gets 409
 * and the first writer's change stays. A new owner is told by e-mail.
 */
export async function updateCase(
  context: TServiceContext,
  caseId: string,
  request: TUpdateCaseRequest,
  ifMatchVersion?: number,
): Promise<TCase> {
  const { actor } = context;
  const { version, ...fields } = request;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const current = await getCaseInTransaction(tx, caseId, { lock: true });
    checkVersion(current, ifMatchVersion ?? version, true);
    await checkChange(tx, current, fields);
    await tx
      .update(schema.cases)
      .set({ ...fields, version: sql`${schema.cases.version} + 1`, updatedAt: new Date() })
      .where(eq(schema.cases.id, caseId));
    const owner = fields.ownerUserId;
    if (owner && owner !== current.ownerUserId)
      await notifyCase(tx, actor, [
        {
          kind: 'case.assigned',
          toUserId: owner,
          caseId,
          caseSubject: fields.subject ?? current.subject,
        },
      ]);
    return getCaseInTransaction(tx, caseId);
  });
}
