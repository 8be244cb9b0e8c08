import type { TCustomer, TExternalKey } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { eq, getTableColumns, inArray } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { toCustomer } from './customer-mappers.ts';

/** Customers with their owner's name; callers add where, order and limit. */
export function selectCustomers(tx: TTransaction) {
  return tx
    .select({ ...getTableColumns(schema.customers), ownerName: schema.users.name })
    .from(schema.customers)
    .leftJoin(schema.users, eq(schema.users.id, schema.customers.ownerUserId));
}

type TCustomerRowWithOwner = Awaited<
  ReturnType<ReturnType<typeof selectCustomers>['where']>
>[number];

/** The external keys of these customers, in one query. */
async function findExternalKeys(tx: TTransaction, customerIds: string[]) {
  const keys = new Map<string, TExternalKey[]>();
  if (customerIds.length === 0) return keys;
  const rows = await tx
    .select()
    .from(schema.customerExternalKeys)
    .where(inArray(schema.customerExternalKeys.customerId, customerIds))
    .orderBy(schema.customerExternalKeys.source, schema.customerExternalKeys.externalId);
  for (const row of rows) {
    const list = keys.get(row.customerId) ?? [];
    list.push({ source: row.source, externalId: row.externalId });
    keys.set(row.customerId, list);
  }
  return keys;
}

export async function toCustomers(
  tx: TTransaction,
  rows: TCustomerRowWithOwner[],
): Promise<TCustomer[]> {
  const keys = await findExternalKeys(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toCustomer(row, keys.get(row.id) ?? []));
}

/** The customer, or a 404 that names it (also when it belongs to another organisation). */
export async function getCustomerInTransaction(
  tx: TTransaction,
  customerId: string,
): Promise<TCustomer> {
  const rows = await selectCustomers(tx).where(eq(schema.customers.id, customerId));
  const [customer] = await toCustomers(tx, rows);
  if (!customer) throw new AppError('not_found', { detail: `There is no customer ${customerId}.` });
  return customer;
}
