import type { TContact, TCreateContactRequest } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { and, eq } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { toContact } from './customer-mappers.ts';
import { getCustomerInTransaction } from './customer-query.ts';

/** Adds a contact; a new primary contact takes the place of the previous one. */
export async function createContact(
  context: TServiceContext,
  customerId: string,
  request: TCreateContactRequest,
): Promise<TContact> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await getCustomerInTransaction(tx, customerId);
    if (request.isPrimary) {
      await tx
        .update(schema.contacts)
        .set({ isPrimary: false })
        .where(
          and(eq(schema.contacts.customerId, customerId), eq(schema.contacts.isPrimary, true)),
        );
    }
    const [row] = await tx
      .insert(schema.contacts)
      .values({ orgId: actor.orgId, id: newId('con'), customerId, ...request })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toContact(row);
  });
}
