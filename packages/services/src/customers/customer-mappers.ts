import type { TContact, TCustomer, TExternalKey } from '@customeric/contracts';
import type { schema } from '@customeric/db';
import type { TCustomerStatus, TRelationshipLevel } from '@customeric/domain';

type TCustomerRow = typeof schema.customers.$inferSelect;
type TContactRow = typeof schema.contacts.$inferSelect;

export function toCustomer(
  row: TCustomerRow & { ownerName: string | null },
  externalKeys: TExternalKey[],
): TCustomer {
  return {
    id: row.id,
    name: row.name,
    segment: row.segment,
    relationshipLevel: row.relationshipLevel as TRelationshipLevel,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    status: row.status as TCustomerStatus,
    startedOn: row.startedOn,
    churnedOn: row.churnedOn,
    churnReason: row.churnReason,
    externalKeys,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toContact(row: TContactRow): TContact {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    title: row.title,
    isPrimary: row.isPrimary,
    createdAt: row.createdAt.toISOString(),
  };
}
