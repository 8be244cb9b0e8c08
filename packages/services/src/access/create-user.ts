import type { TCreateUserRequest, TUser } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import type { TServiceContext } from '../common/context.ts';
import { toUser } from './mappers.ts';
import { hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { assertDepartmentExists, rethrowUniqueEmail } from './user-guards.ts';

export async function createUser(
  context: TServiceContext,
  request: TCreateUserRequest,
): Promise<TUser> {
  const passwordHash = await hashPassword(request.password);
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    if (request.departmentId) await assertDepartmentExists(tx, request.departmentId);
    const [row] = await tx
      .insert(schema.users)
      .values({
        orgId: actor.orgId,
        id: newId('usr'),
        email: request.email,
        name: request.name,
        role: request.role,
        departmentId: request.departmentId ?? null,
        isExecutive: request.isExecutive,
        passwordHash,
      })
      .returning()
      .catch(rethrowUniqueEmail(request.email));
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'user.created',
      subjectType: 'user',
      subjectId: row.id,
      changes: { email: row.email, name: row.name, role: row.role, isExecutive: row.isExecutive },
    });
    return toUser(row);
  });
}
