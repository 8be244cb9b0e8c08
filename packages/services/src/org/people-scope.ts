import type { TUpdatePersonRequest } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TActor } from '../common/context.ts';

type TUserRow = typeof schema.users.$inferSelect;

/** The departments a department head answers for: their own, and any naming them as head. */
async function departmentsHeadedBy(tx: TTransaction, actor: TActor): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!actor.userId) return ids;
  const [self] = await tx
    .select({ departmentId: schema.users.departmentId })
    .from(schema.users)
    .where(eq(schema.users.id, actor.userId));
  if (self?.departmentId) ids.add(self.departmentId);
  const headed = await tx
    .select({ id: schema.departments.id })
    .from(schema.departments)
    .where(eq(schema.departments.headUserId, actor.userId));
  for (const row of headed) ids.add(row.id);
  return ids;
}

/**
 * Department heads may edit the people of their own department only, and may not move them
 * to another department or into the executive programme. Other roles holding
 * org.people.write answer for the whole organisation.
 */
export async function assertMayEditPerson(
  tx: TTransaction,
  actor: TActor,
  target: TUserRow,
  request: TUpdatePersonRequest,
): Promise<void> {
  if (actor.role !== 'department_head') return;
  const own = await departmentsHeadedBy(tx, actor);
  if (!target.departmentId || !own.has(target.departmentId)) {
    throw new AppError('forbidden', {
      detail: `${target.name} is not in a department you head. Department heads may edit the people of their own department only.`,
    });
  }
  const moves = request.departmentId !== undefined && request.departmentId !== target.departmentId;
  const promotes = request.isExecutive !== undefined && request.isExecutive !== target.isExecutive;
  if (moves || promotes) {
    throw new AppError('forbidden', {
      detail: moves
        ? 'Department heads cannot move people to another department; ask the CCO, the CEO or an administrator.'
        : 'Department heads cannot change who is in the executive programme; ask the CEO or an administrator.',
      errors: [
        { pointer: moves ? '/departmentId' : '/isExecutive', message: 'is not yours to change' },
      ],
    });
  }
}
