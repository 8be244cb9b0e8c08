import type { TCreateValueChainRequest, TValueChain } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { assertActivePerson, rethrowUnique } from './org-guards.ts';
import { readValueChain } from './value-chain-query.ts';

/** A Value Chain Manager creates chains they manage themselves. */
function managerFor(actor: TActor, requested: string | null): string | null {
  if (actor.role !== 'value_chain_manager') return requested;
  if (requested && requested !== actor.userId) {
    throw new AppError('forbidden', {
      detail:
        'A Value Chain Manager creates chains they manage themselves; leave the manager empty or choose yourself.',
      errors: [{ pointer: '/managerId', message: 'must be you' }],
    });
  }
  return actor.userId;
}

export async function createValueChain(
  context: TServiceContext,
  request: TCreateValueChainRequest,
): Promise<TValueChain> {
  const { actor } = context;
  const managerId = managerFor(actor, request.managerId);
  return withTenant(context.database, actor.orgId, async (tx) => {
    if (managerId) await assertActivePerson(tx, managerId, '/managerId');
    const id = newId('vch');
    await tx
      .insert(schema.valueChains)
      .values({
        orgId: actor.orgId,
        id,
        name: request.name,
        description: request.description,
        managerUserId: managerId,
      })
      .catch(rethrowUnique('/name', `There is already a value chain called ${request.name}.`));
    await recordAudit(tx, actor, {
      action: 'value_chain.created',
      subjectType: 'value_chain',
      subjectId: id,
      changes: { name: request.name, description: request.description, managerId },
    });
    return (await readValueChain(tx, id)) as TValueChain;
  });
}
