import { schema, type TTransaction } from '@customeric/db';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

export async function assertDepartmentExists(
  tx: TTransaction,
  departmentId: string,
): Promise<void> {
  const [department] = await tx
    .select({ id: schema.departments.id })
    .from(schema.departments)
    .where(and(eq(schema.departments.id, departmentId), isNull(schema.departments.archivedAt)));
  if (!department) {
    throw new AppError('validation_failed', {
      detail: 'There is no active department with this id.',
      errors: [{ pointer: '/departmentId', message: 'is not an active department' }],
    });
  }
}

/** Turns PostgreSQL's unique violation on (org_id, email) into a problem a person understands. */
export function rethrowUniqueEmail(email: string) {
  return (error: unknown): never => {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    if ((cause as { code?: string }).code === '23505') {
      throw new AppError('conflict', {
        detail: `A user with the e-mail ${email} already exists in this organisation.`,
        errors: [{ pointer: '/email', message: 'is already taken' }],
      });
    }
    throw error;
  };
}
