import type { TCreateCustomerRequest, TCustomer } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { assertOwnerExists, replaceExternalKeys } from './customer-guards.ts';
import { getCustomerInTransaction } from './customer-query.ts';

/** Creates the customer in the caller's transaction (which may hold an idempotency record). */
export async function createCustomerIn(
  tx: TTransaction,
  actor: TActor,
  request: TCreateCustomerRequest,
): Promise<TCustomer> {
  if (request.ownerUserId) await assertOwnerExists(tx, request.ownerUserId);
  const { externalKeys, ...fields } = request;
  const id = newId('cus');
  await tx.insert(schema.customers).values({ orgId: actor.orgId, id, ...fields });
  await replaceExternalKeys(tx, actor.orgId, id, externalKeys);
  await recordAudit(tx, actor, {
    action: 'customer.created',
    subjectType: 'customer',
    subjectId: id,
    changes: {
      name: fields.name,
      status: fields.status,
      relationshipLevel: fields.relationshipLevel,
    },
  });
  return getCustomerInTransaction(tx, id);
}

export async function createCustomer(
  context: TServiceContext,
  request: TCreateCustomerRequest,
): Promise<TCustomer> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    createCustomerIn(tx, context.actor, request),
  );
}
