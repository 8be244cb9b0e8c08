import { schema, type TTransaction } from '@customeric/db';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

function invalid(pointer: string, detail: string, message: string): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer, message }] });
}

/** An active person of the organisation, with what notifications need. */
export async function getActivePerson(tx: TTransaction, userId: string, pointer: string) {
  const [person] = await tx
    .select({
      id: schema.users.id,
      name: schema.users.name,
      email: schema.users.email,
      departmentId: schema.users.departmentId,
    })
    .from(schema.users)
    .where(and(eq(schema.users.id, userId), eq(schema.users.active, true)));
  if (!person)
    throw invalid(
      pointer,
      `There is no active person ${userId} here.`,
      'is not an active person of this organisation',
    );
  return person;
}

/** A department that is not archived, with its name. */
export async function getOpenDepartment(tx: TTransaction, departmentId: string, pointer: string) {
  const [department] = await tx
    .select({ id: schema.departments.id, name: schema.departments.name })
    .from(schema.departments)
    .where(and(eq(schema.departments.id, departmentId), isNull(schema.departments.archivedAt)));
  if (!department)
    throw invalid(
      pointer,
      `There is no department ${departmentId} here.`,
      'is not a department of this organisation',
    );
  return department;
}

export async function assertCustomerExists(tx: TTransaction, customerId: string): Promise<void> {
  const [customer] = await tx
    .select({ id: schema.customers.id })
    .from(schema.customers)
    .where(eq(schema.customers.id, customerId));
  if (!customer)
    throw invalid(
      '/customerId',
      `There is no customer ${customerId}.`,
      'is not a customer of this organisation',
    );
}

/**
 * Optimistic concurrency: the caller says which version it changed (If-Match or the body).
 * A writer holding an older version would overwrite a change it never saw: 409, and nothing
 * is stored. Required for edits; optional for actions (transitions, handoffs) that check their
 * own preconditions.
 */
export function checkVersion(
  current: { id: string; version: number },
  given: number | undefined,
  required: boolean,
): void {
  if (given === undefined) {
    if (!required) return;
    throw new AppError('precondition_required', {
      detail: `Send the version of case ${current.id} you are changing, in an If-Match header ("${current.version}") or as version in the body.`,
    });
  }
  if (given !== current.version) {
    throw new AppError('edit_conflict', {
      detail: `Case ${current.id} was changed by someone else since you loaded it (you have version ${given}, it is now at ${current.version}). Reload it to see their change, then make yours again.`,
      errors: [
        { pointer: '/version', message: `is ${given}; the case is at version ${current.version}` },
      ],
    });
  }
}
