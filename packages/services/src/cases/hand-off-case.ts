import type { TCase, THandOffCaseRequest } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { checkVersion, getActivePerson, getOpenDepartment } from './case-guards.ts';
import { resolveMoment } from './case-moments.ts';
import { findDepartmentPeople, notifyCase, type TCaseNotice } from './case-notifications.ts';
import { getCaseInTransaction } from './case-query.ts';
import { latestOf } from './transition-case.ts';

function refuse(
  code: 'validation_failed' | 'invalid_transition',
  pointer: string,
  detail: string,
  message: string,
) {
  return new AppError(code, { detail, errors: [{ pointer, message }] });
}

async function checkHandoff(tx: TTransaction, current: TCase, request: THandOffCaseRequest) {
  if (current.statusCategory === 'resolved' || current.statusCategory === 'closed')
    throw refuse(
      'invalid_transition',
      '/toDepartmentId',
      `The case is ${current.statusName}: reopen it before handing it to another department.`,
      'the case is no longer open',
    );
  if (current.departmentId === request.toDepartmentId)
    throw refuse(
      'validation_failed',
      '/toDepartmentId',
      `The case is already with ${current.departmentName}; to give it to someone there, change its owner.`,
      'already holds the case',
    );
  const department = await getOpenDepartment(tx, request.toDepartmentId, '/toDepartmentId');
  if (request.toUserId) {
    const person = await getActivePerson(tx, request.toUserId, '/toUserId');
    if (person.departmentId !== department.id)
      throw refuse(
        'validation_failed',
        '/toUserId',
        `${person.name} is not in ${department.name}; hand it to someone of that department, or to the department alone.`,
        'is not in the receiving department',
      );
  }
  return department;
}

/** Whether the receiving department had held the case before: then the handoff is a bounce. */
async function heldBefore(
  tx: TTransaction,
  current: TCase,
  departmentId: string,
): Promise<boolean> {
  const [row] = await tx
    .execute<{ held: boolean }>(sql`SELECT
      EXISTS (SELECT 1 FROM cases WHERE id = ${current.id} AND opening_department_id = ${departmentId})
      OR EXISTS (SELECT 1 FROM case_handoffs WHERE case_id = ${current.id}
        AND to_department_id = ${departmentId}) AS held`)
    .then((result) => result.rows);
  return row?.held === true;
}

async function noticesOf(
  tx: TTransaction,
  current: TCase,
  request: THandOffCaseRequest,
  departmentName: string,
) {
  const base = { caseId: current.id, caseSubject: current.subject };
  const notices: TCaseNotice[] = (
    await findDepartmentPeople(tx, request.toDepartmentId, request.toUserId)
  ).map((toUserId) => ({
    ...base,
    kind: 'case.handed_to_department',
    toUserId,
    detail: departmentName,
  }));
  if (request.toUserId)
    notices.push({ ...base, kind: 'case.assigned', toUserId: request.toUserId });
  return notices;
}

/**
 * Passes the case to another department with a reason: the ledger records it (and whether it
 * is a bounce), the receiving person (or nobody: the department's queue) becomes the owner,
 * and the front owner keeps the customer contact unless told otherwise. The people of the
 * receiving department are told by e-mail.
 */
export async function handOffCase(
  context: TServiceContext,
  caseId: string,
  request: THandOffCaseRequest,
): Promise<TCase> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const current = await getCaseInTransaction(tx, caseId, { lock: true });
    checkVersion(current, request.version, false);
    const department = await checkHandoff(tx, current, request);
    const at = resolveMoment(request.at, '/at', latestOf(current));
    const isBounce = await heldBefore(tx, current, department.id);
    const isMove = current.departmentId !== null;
    await tx.insert(schema.caseHandoffs).values({
      orgId: actor.orgId,
      id: newId('hof'),
      caseId,
      fromDepartmentId: current.departmentId,
      toDepartmentId: department.id,
      fromUserId: current.ownerUserId,
      toUserId: request.toUserId,
      reason: request.reason,
      isBounce,
      actorUserId: actor.userId,
      at,
    });
    await tx
      .update(schema.cases)
      .set({
        departmentId: department.id,
        departmentSince: at,
        ownerUserId: request.toUserId,
        frontOwnerUserId: request.keepFrontOwner
          ? (current.frontOwnerUserId ?? current.ownerUserId)
          : request.toUserId,
        handoffCount: sql`${schema.cases.handoffCount} + ${isMove ? 1 : 0}`,
        bounceCount: sql`${schema.cases.bounceCount} + ${isBounce ? 1 : 0}`,
        version: sql`${schema.cases.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(schema.cases.id, caseId));
    await notifyCase(tx, actor, await noticesOf(tx, current, request, department.name));
    return getCaseInTransaction(tx, caseId);
  });
}
