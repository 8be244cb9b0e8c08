import type { TPerson, TUpdatePersonRequest } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { readPerson } from './get-person.ts';
import {
  assertActiveDepartments,
  assertActivePerson,
  assertNoManagerCycle,
  getUserRow,
  lockManagerChanges,
} from './org-guards.ts';
import { diffFields } from './org-mappers.ts';
import { assertMayEditPerson } from './people-scope.ts';
import { replaceSkills, sortSkills } from './person-skills.ts';

async function validateReferences(
  tx: TTransaction,
  personId: string,
  request: TUpdatePersonRequest,
): Promise<void> {
  if (request.departmentId)
    await assertActiveDepartments(
      tx,
      [request.departmentId],
      'People can only be placed in active departments',
      () => '/departmentId',
    );
  if (request.managerId) {
    if (request.managerId === personId) {
      throw new AppError('conflict', {
        detail: 'Nobody can be their own manager.',
        errors: [{ pointer: '/managerId', message: 'is the person themself' }],
      });
    }
    await assertActivePerson(tx, request.managerId, '/managerId');
    await assertNoManagerCycle(tx, personId, request.managerId);
  }
}

async function auditPersonChange(
  tx: TTransaction,
  actor: TActor,
  before: TPerson,
  request: TUpdatePersonRequest,
): Promise<void> {
  const changes = diffFields(before, {
    ...request,
    skills: request.skills ? sortSkills(request.skills) : undefined,
  });
  if (Object.keys(changes).length === 0) return;
  await recordAudit(tx, actor, {
    action: 'person.updated',
    subjectType: 'user',
    subjectId: before.id,
    changes,
  });
}

/** Changes what the org knows about a person; roles and sign-in stay with Access. */
export async function updatePerson(
  context: TServiceContext,
  personId: string,
  request: TUpdatePersonRequest,
): Promise<TPerson> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    if (request.managerId !== undefined) await lockManagerChanges(tx, actor.orgId);
    const target = await getUserRow(tx, personId, true);
    await assertMayEditPerson(tx, actor, target, request);
    await validateReferences(tx, personId, request);
    const before = await readPerson(tx, personId);
    const { skills, ...fields } = request;
    await tx
      .update(schema.users)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(schema.users.id, personId));
    if (skills) await replaceSkills(tx, actor.orgId, personId, skills);
    await auditPersonChange(tx, actor, before, request);
    return readPerson(tx, personId);
  });
}
