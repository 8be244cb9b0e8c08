import type { TValueChain } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readValueChain } from './value-chain-query.ts';

/** One value chain with its stages in order, their owners and the handoffs between them. */
export async function getValueChainById(
  context: TServiceContext,
  valueChainId: string,
): Promise<TValueChain> {
  const chain = await withTenant(context.database, context.actor.orgId, (tx) =>
    readValueChain(tx, valueChainId),
  );
  if (!chain)
    throw new AppError('not_found', { detail: `There is no value chain ${valueChainId}.` });
  return chain;
}
