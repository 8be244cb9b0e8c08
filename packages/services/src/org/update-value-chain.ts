import type { TUpdateValueChainRequest, TValueChain } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertActivePerson, rethrowUnique } from './org-guards.ts';
import { diffFields } from './org-mappers.ts';
import { readValueChain } from './value-chain-query.ts';
import { assertMayEditValueChain, lockValueChain } from './value-chain-scope.ts';

function nextArchivedAt(archived: boolean | undefined, current: Date | null) {
  if (archived === undefined) return undefined;
  if (!archived) return null;
  return current ?? new Date();
}

export async function updateValueChain(
  context: TServiceContext,
  valueChainId: string,
  request: TUpdateValueChainRequest,
): Promise<TValueChain> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const chain = await lockValueChain(tx, valueChainId);
    assertMayEditValueChain(actor, chain, request.managerId);
    if (request.managerId) await assertActivePerson(tx, request.managerId, '/managerId');
    const { archived, managerId, ...fields } = request;
    await tx
      .update(schema.valueChains)
      .set({
        ...fields,
        managerUserId: managerId,
        archivedAt: nextArchivedAt(archived, chain.archivedAt),
        updatedAt: new Date(),
      })
      .where(eq(schema.valueChains.id, valueChainId))
      .catch(rethrowUnique('/name', `There is already a value chain called ${request.name}.`));
    const changes = diffFields(
      { ...chain, managerId: chain.managerUserId, archived: chain.archivedAt !== null },
      request,
    );
    if (Object.keys(changes).length > 0)
      await recordAudit(tx, actor, {
        action: 'value_chain.updated',
        subjectType: 'value_chain',
        subjectId: valueChainId,
        changes,
      });
    return (await readValueChain(tx, valueChainId)) as TValueChain;
  });
}
