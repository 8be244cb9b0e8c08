import { schema, type TTransaction } from '@customeric/db';
import { findCycleIfManagerSet } from '@customeric/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

/** The user row, or a 404 naming the id. */
export async function getUserRow(tx: TTransaction, userId: string, lock = false) {
  const query = tx.select().from(schema.users).where(eq(schema.users.id, userId));
  const [row] = await (lock ? query.for('update') : query);
  if (!row) throw new AppError('not_found', { detail: `There is no person ${userId}.` });
  return row;
}

/** An active person to point at (as head, manager or Value Chain Manager), else a 400 at `pointer`. */
export async function assertActivePerson(
  tx: TTransaction,
  userId: string,
  pointer: string,
): Promise<{ id: string; name: string }> {
  const [row] = await tx
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(and(eq(schema.users.id, userId), eq(schema.users.active, true)));
  if (!row) {
    throw new AppError('validation_failed', {
      detail: `There is no active person ${userId} in this organisation.`,
      errors: [{ pointer, message: 'is not an active person' }],
    });
  }
  return row;
}

/**
 * Every id must be a department that is not archived, else a 400 naming each one; `rule`
 * starts the detail, e.g. "A stage can only be owned by active departments".
 */
export async function assertActiveDepartments(
  tx: TTransaction,
  departmentIds: readonly string[],
  rule: string,
  pointerOf: (departmentId: string) => string,
): Promise<void> {
  if (departmentIds.length === 0) return;
  const rows = await tx
    .select({
      id: schema.departments.id,
      name: schema.departments.name,
      archivedAt: schema.departments.archivedAt,
    })
    .from(schema.departments)
    .where(inArray(schema.departments.id, [...new Set(departmentIds)]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const errors = departmentIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [{ pointer: pointerOf(id), message: `${id} is not a department` }];
    if (row.archivedAt) return [{ pointer: pointerOf(id), message: `${row.name} is archived` }];
    return [];
  });
  if (errors.length > 0) {
    throw new AppError('validation_failed', {
      detail: `${rule}: ${errors.map((error) => error.message).join('; ')}.`,
      errors,
    });
  }
}

/**
 * Manager changes of one organisation are serialised: two concurrent changes that are each
 * safe alone could together close a loop. The lock ends with the transaction.
 */
export async function lockManagerChanges(tx: TTransaction, orgId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`org-managers:${orgId}`}))`);
}

async function loadManagerLinks(tx: TTransaction): Promise<Map<string, string | null>> {
  const rows = await tx
    .select({ id: schema.users.id, managerId: schema.users.managerId })
    .from(schema.users);
  return new Map(rows.map((row) => [row.id, row.managerId]));
}

export async function assertNoManagerCycle(
  tx: TTransaction,
  personId: string,
  managerId: string | null,
): Promise<void> {
  const links = await loadManagerLinks(tx);
  const cycle = findCycleIfManagerSet(links, personId, managerId);
  if (!cycle) return;
  const names = await namesOf(tx, cycle);
  throw new AppError('conflict', {
    detail: `This would make a loop of managers: ${cycle.map((id) => names.get(id) ?? id).join(' → ')}. Someone in the loop must report elsewhere first.`,
    errors: [{ pointer: '/managerId', message: 'would make a loop of managers' }],
  });
}

async function namesOf(tx: TTransaction, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(inArray(schema.users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** PostgreSQL's unique violation turned into a 409 at `pointer`. */
export function rethrowUnique(pointer: string, detail: string) {
  return (error: unknown): never => {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    if ((cause as { code?: string }).code === '23505') {
      throw new AppError('conflict', {
        detail,
        errors: [{ pointer, message: 'is already taken' }],
      });
    }
    throw error;
  };
}
