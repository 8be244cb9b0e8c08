import type { TExternalKey } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

export async function assertOwnerExists(tx: TTransaction, ownerUserId: string): Promise<void> {
  const [owner] = await tx
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.id, ownerUserId));
  if (!owner) {
    throw new AppError('validation_failed', {
      detail: `There is no user ${ownerUserId} to own this customer.`,
      errors: [{ pointer: '/ownerUserId', message: 'is not a user of this organisation' }],
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
}

/** Replaces the customer's external keys; a key another customer holds is a 409 naming it. */
export async function replaceExternalKeys(
  tx: TTransaction,
  orgId: string,
  customerId: string,
  keys: readonly TExternalKey[],
): Promise<void> {
  await tx
    .delete(schema.customerExternalKeys)
    .where(eq(schema.customerExternalKeys.customerId, customerId));
  if (keys.length === 0) return;
  const unique = new Map(keys.map((key) => [`${key.source}\u0000${key.externalId}`, key]));
  await tx
    .insert(schema.customerExternalKeys)
    .values([...unique.values()].map((key) => ({ orgId, customerId, ...key })))
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError('conflict', {
        detail: 'One of these external ids already names another customer.',
        errors: [{ pointer: '/externalKeys', message: 'is already used by another customer' }],
      });
    });
}
