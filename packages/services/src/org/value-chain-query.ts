import type { TValueChain, TValueChainStage } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { deriveHandoffs } from '@customeric/domain';
import { and, asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { toValueChainBase } from './org-mappers.ts';

const manager = alias(schema.users, 'manager');

/** Value chains with their manager's name. */
export function selectValueChains(tx: TTransaction) {
  return tx
    .select({ ...getTableColumns(schema.valueChains), managerName: manager.name })
    .from(schema.valueChains)
    .leftJoin(
      manager,
      and(
        eq(manager.orgId, schema.valueChains.orgId),
        eq(manager.id, schema.valueChains.managerUserId),
      ),
    )
    .$dynamic();
}

/** The stages of these chains in journey order, each with its owning departments. */
export async function loadStages(
  tx: TTransaction,
  chainIds: readonly string[],
): Promise<Map<string, TValueChainStage[]>> {
  const byChain = new Map<string, TValueChainStage[]>(chainIds.map((id) => [id, []]));
  if (chainIds.length === 0) return byChain;
  const stages = await tx
    .select()
    .from(schema.valueChainStages)
    .where(inArray(schema.valueChainStages.valueChainId, [...chainIds]))
    .orderBy(asc(schema.valueChainStages.valueChainId), asc(schema.valueChainStages.position));
  const owners = stages.length
    ? await tx
        .select()
        .from(schema.valueChainStageOwners)
        .where(
          inArray(
            schema.valueChainStageOwners.stageId,
            stages.map((stage) => stage.id),
          ),
        )
        .orderBy(asc(schema.valueChainStageOwners.departmentId))
    : [];
  for (const stage of stages) {
    byChain.get(stage.valueChainId)?.push({
      id: stage.id,
      position: stage.position,
      name: stage.name,
      description: stage.description,
      ownerDepartmentIds: owners.filter((o) => o.stageId === stage.id).map((o) => o.departmentId),
    });
  }
  return byChain;
}

export function handoffsOf(stages: readonly TValueChainStage[]) {
  return deriveHandoffs(
    stages.map((stage) => ({ stageId: stage.id, ownerDepartmentIds: stage.ownerDepartmentIds })),
  );
}

export async function readValueChain(
  tx: TTransaction,
  valueChainId: string,
): Promise<TValueChain | null> {
  const [row] = await selectValueChains(tx).where(eq(schema.valueChains.id, valueChainId));
  if (!row) return null;
  const stages = (await loadStages(tx, [row.id])).get(row.id) ?? [];
  return { ...toValueChainBase(row, row.managerName), stages, handoffs: handoffsOf(stages) };
}
