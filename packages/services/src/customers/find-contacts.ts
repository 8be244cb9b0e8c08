import type { TContact, TContactListQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { toContact } from './customer-mappers.ts';
import { getCustomerInTransaction } from './customer-query.ts';

/** In the order they were added; the primary one is flagged. */
export async function findContacts(
  context: TServiceContext,
  customerId: string,
  query: TContactListQuery,
): Promise<TPage<TContact>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await getCustomerInTransaction(tx, customerId);
    const rows = await tx
      .select()
      .from(schema.contacts)
      .where(
        and(
          eq(schema.contacts.customerId, customerId),
          after ? gt(schema.contacts.id, after) : undefined,
        ),
      )
      .orderBy(asc(schema.contacts.id))
      .limit(query.limit + 1);
    return toPage(rows, query.limit, toContact);
  });
}
