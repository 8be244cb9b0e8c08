import type { TCase, TCreateCaseRequest } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import type { TActor, TServiceContext } from '../common/context.ts';
import { assertCustomerExists, getActivePerson, getOpenDepartment } from './case-guards.ts';
import { resolveMoment } from './case-moments.ts';
import { notifyCase } from './case-notifications.ts';
import { getCaseInTransaction } from './case-query.ts';
import { getInitialStatus } from './case-statuses-query.ts';

async function checkReferences(tx: TTransaction, request: TCreateCaseRequest) {
  await assertCustomerExists(tx, request.customerId);
  if (request.departmentId) await getOpenDepartment(tx, request.departmentId, '/departmentId');
  if (request.ownerUserId) await getActivePerson(tx, request.ownerUserId, '/ownerUserId');
  if (request.frontOwnerUserId)
    await getActivePerson(tx, request.frontOwnerUserId, '/frontOwnerUserId');
}

/**
 * Opens a case by hand in the caller's transaction. It starts in the organisation's initial
 * status; the person who opens it keeps the customer contact unless someone else is named.
 */
export async function createCaseIn(
  tx: TTransaction,
  actor: TActor,
  request: TCreateCaseRequest,
): Promise<TCase> {
  await checkReferences(tx, request);
  const status = await getInitialStatus(tx);
  const openedAt = resolveMoment(request.openedAt, '/openedAt', null);
  const id = newId('cas');
  await tx.insert(schema.cases).values({
    orgId: actor.orgId,
    id,
    customerId: request.customerId,
    subject: request.subject,
    description: request.description,
    category: request.category,
    priority: request.priority,
    statusKey: status.key,
    statusCategory: status.category,
    ownerUserId: request.ownerUserId,
    departmentId: request.departmentId,
    departmentSince: request.departmentId ? openedAt : null,
    openingDepartmentId: request.departmentId,
    frontOwnerUserId: request.frontOwnerUserId ?? actor.userId,
    createdByUserId: actor.userId,
    openedAt,
    // Set here rather than by the database's now(): the list's keyset cursor carries
    // milliseconds, and now() has microseconds.
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  await tx.insert(schema.caseStatusChanges).values({
    orgId: actor.orgId,
    id: newId('csc'),
    caseId: id,
    fromStatusKey: null,
    toStatusKey: status.key,
    actorUserId: actor.userId,
    at: openedAt,
  });
  if (request.ownerUserId)
    await notifyCase(tx, actor, [
      {
        kind: 'case.assigned',
        toUserId: request.ownerUserId,
        caseId: id,
        caseSubject: request.subject,
      },
    ]);
  return getCaseInTransaction(tx, id);
}

export async function createCase(
  context: TServiceContext,
  request: TCreateCaseRequest,
): Promise<TCase> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    createCaseIn(tx, context.actor, request),
  );
}
