import type { TUpdateUserRequest, TUser } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { toUser } from './mappers.ts';
import { hashPassword } from './passwords.ts';
import { recordAudit } from './record-audit.ts';
import { assertDepartmentExists } from './user-guards.ts';

function changedFields(before: TUser, request: Omit<TUpdateUserRequest, 'password'>) {
  const changes: Record<string, unknown> = {};
  for (const [field, to] of Object.entries(request)) {
    const from = before[field as keyof TUser];
    if (to !== undefined && from !== to) changes[field] = { from, to };
  }
  return changes;
}

export async function updateUser(
  context: TServiceContext,
  userId: string,
  request: TUpdateUserRequest,
): Promise<TUser> {
  const { actor } = context;
  if (
    userId === actor.userId &&
    (request.active === false || (request.role && request.role !== actor.role))
  ) {
    throw new AppError('conflict', {
      detail: 'You cannot deactivate yourself or change your own role; ask another administrator.',
    });
  }
  const { password, ...fields } = request;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const [current] = await tx
      .select()
      .from(schema.users)
      .where(eq(schema.users.id, userId))
      .for('update');
    if (!current) throw new AppError('not_found', { detail: `There is no user ${userId}.` });
    if (request.departmentId) await assertDepartmentExists(tx, request.departmentId);
    const [row] = await tx
      .update(schema.users)
      .set({ ...fields, passwordHash, updatedAt: new Date() })
      .where(eq(schema.users.id, userId))
      .returning();
    if (!row) throw new Error('update returned no row');
    const changes = changedFields(toUser(current), fields);
    // The password itself never reaches the audit log; that it changed does.
    if (passwordHash) changes.password = 'set by an administrator';
    const endSessions = request.active === false || (passwordHash && userId !== actor.userId);
    if (endSessions) await tx.delete(schema.sessions).where(eq(schema.sessions.userId, userId));
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, actor, {
        action: 'user.updated',
        subjectType: 'user',
        subjectId: userId,
        changes,
      });
    }
    return toUser(row);
  });
}
