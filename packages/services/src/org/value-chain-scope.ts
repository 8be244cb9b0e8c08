import { schema, type TTransaction } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TActor } from '../common/context.ts';

type TValueChainRow = typeof schema.valueChains.$inferSelect;

/** The chain, locked for this transaction's change, or a 404. */
export async function lockValueChain(
  tx: TTransaction,
  valueChainId: string,
): Promise<TValueChainRow> {
  const [row] = await tx
    .select()
    .from(schema.valueChains)
    .where(eq(schema.valueChains.id, valueChainId))
    .for('update');
  if (!row) throw new AppError('not_found', { detail: `There is no value chain ${valueChainId}.` });
  return row;
}

/**
 * A Value Chain Manager answers for the chains they manage and may not hand one to someone
 * else; the CEO, the CCO and administrators answer for all of them.
 */
export function assertMayEditValueChain(
  actor: TActor,
  chain: TValueChainRow,
  newManagerId?: string | null,
): void {
  if (actor.role !== 'value_chain_manager') return;
  if (chain.managerUserId !== actor.userId) {
    throw new AppError('forbidden', {
      detail: `${chain.name} is not a value chain you manage. Value Chain Managers may edit their own chains only.`,
    });
  }
  if (newManagerId !== undefined && newManagerId !== actor.userId) {
    throw new AppError('forbidden', {
      detail:
        'A Value Chain Manager cannot hand their chain to someone else; ask the CCO, the CEO or an administrator.',
      errors: [{ pointer: '/managerId', message: 'is not yours to change' }],
    });
  }
}
