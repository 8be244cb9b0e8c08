import type { TCustomer, TUpdateCustomerRequest } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertOwnerExists, replaceExternalKeys } from './customer-guards.ts';
import { getCustomerInTransaction } from './customer-query.ts';

/** What changed, from → to, for the audit log (churn and ownership are decisions people ask about). */
function changedFields(before: TCustomer, request: TUpdateCustomerRequest) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(request)) {
    const from = before[field as keyof TCustomer];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to))
      changes[field] = { from, to };
  }
  return changes;
}

/** A status change without its churn fields would break the churn rules: say which field is missing. */
function checkChurnState(after: TCustomer): void {
  const churned = after.status === 'churned';
  if (churned === Boolean(after.churnedOn) && (churned || !after.churnReason)) return;
  const pointer = churned ? '/churnedOn' : after.churnedOn ? '/churnedOn' : '/churnReason';
  throw new AppError('validation_failed', {
    detail: churned
      ? 'A churned customer needs a churn date.'
      : 'Only a churned customer has a churn date and reason; clear them when it comes back.',
    errors: [
      { pointer, message: churned ? 'is required when churned' : 'is only for churned customers' },
    ],
  });
}

export async function updateCustomer(
  context: TServiceContext,
  customerId: string,
  request: TUpdateCustomerRequest,
): Promise<TCustomer> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const before = await getCustomerInTransaction(tx, customerId);
    const { externalKeys, ...fields } = request;
    checkChurnState({ ...before, ...fields });
    if (fields.ownerUserId) await assertOwnerExists(tx, fields.ownerUserId);
    await tx
      .update(schema.customers)
      .set({ ...fields, updatedAt: new Date() })
      .where(eq(schema.customers.id, customerId));
    if (externalKeys) await replaceExternalKeys(tx, actor.orgId, customerId, externalKeys);
    const changes = changedFields(before, request);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, actor, {
        action: 'customer.updated',
        subjectType: 'customer',
        subjectId: customerId,
        changes,
      });
    }
    return getCustomerInTransaction(tx, customerId);
  });
}
