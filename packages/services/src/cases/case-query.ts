import type { TCase } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import type {
  TCaseCategory,
  TCasePriority,
  TCaseSourceKind,
  TCaseStatusCategory,
} from '@customeric/domain';
import { eq, getTableColumns } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError } from '../common/app-error.ts';

const owner = alias(schema.users, 'owner');
const frontOwner = alias(schema.users, 'front_owner');

/** Cases with the names people read beside the ids; callers add where, order and limit. */
export function selectCases(tx: TTransaction) {
  return tx
    .select({
      ...getTableColumns(schema.cases),
      customerName: schema.customers.name,
      statusName: schema.caseStatuses.name,
      ownerName: owner.name,
      frontOwnerName: frontOwner.name,
      departmentName: schema.departments.name,
    })
    .from(schema.cases)
    .innerJoin(schema.customers, eq(schema.customers.id, schema.cases.customerId))
    .innerJoin(schema.caseStatuses, eq(schema.caseStatuses.key, schema.cases.statusKey))
    .leftJoin(owner, eq(owner.id, schema.cases.ownerUserId))
    .leftJoin(frontOwner, eq(frontOwner.id, schema.cases.frontOwnerUserId))
    .leftJoin(schema.departments, eq(schema.departments.id, schema.cases.departmentId));
}

export type TCaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['where']>>[number];

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function toCase(row: TCaseRow): TCase {
  return {
    id: row.id,
    customerId: row.customerId,
    customerName: row.customerName,
    subject: row.subject,
    description: row.description,
    category: row.category as TCaseCategory,
    priority: row.priority as TCasePriority,
    statusKey: row.statusKey,
    statusName: row.statusName,
    statusCategory: row.statusCategory as TCaseStatusCategory,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    departmentSince: iso(row.departmentSince),
    frontOwnerUserId: row.frontOwnerUserId,
    frontOwnerName: row.frontOwnerName,
    rootCause: row.rootCause,
    sourceKind: row.sourceKind as TCaseSourceKind,
    sourceRef: row.sourceRef,
    handoffCount: row.handoffCount,
    bounceCount: row.bounceCount,
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    resolvedAt: iso(row.resolvedAt),
    closedAt: iso(row.closedAt),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The case, or a 404 that names it (also when it belongs to another organisation). With
 * `lock` the row is locked for the rest of the transaction, so concurrent changes queue.
 */
export async function getCaseInTransaction(
  tx: TTransaction,
  caseId: string,
  options: { lock?: boolean } = {},
): Promise<TCase> {
  const query = selectCases(tx).where(eq(schema.cases.id, caseId));
  const [row] = options.lock ? await query.for('update', { of: schema.cases }) : await query;
  if (!row) throw new AppError('not_found', { detail: `There is no case ${caseId}.` });
  return toCase(row);
}
