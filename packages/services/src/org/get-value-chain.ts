import type { TValueChain } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { getValueChainBreaches } from '../promises/get-value-chain-breaches.ts';
import { readValueChain } from './value-chain-query.ts';

/** One value chain with its stages in order, their owners and the handoffs between them. */
export async function getValueChainById(
  context: TServiceContext,
  valueChainId: string,
): Promise<TValueChain> {
  const chain = await withTenant(context.database, context.actor.orgId, async (tx) => {
    const found = await readValueChain(tx, valueChainId);
    // The horizontal map shows where promises break: per stage and per handoff.
    return found && { ...found, breaches: await getValueChainBreaches(tx, found.id, found.stages) };
  });
  if (!chain)
    throw new AppError('not_found', { detail: `There is no value chain ${valueChainId}.` });
  return chain;
}
