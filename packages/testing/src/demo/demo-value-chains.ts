import { newId, schema, type TTransaction } from '@customeric/db';
import { DEMO_VALUE_CHAINS, type TDemoValueChain } from './demo-org-plan.ts';
import type { TDepartmentIds } from './demo-people-profiles.ts';

export async function addDemoValueChains(
  tx: TTransaction,
  orgId: string,
  departmentIds: TDepartmentIds,
  managers: Record<TDemoValueChain['manager'], string | null>,
): Promise<number> {
  for (const chain of DEMO_VALUE_CHAINS) {
    const valueChainId = newId('vch');
    await tx.insert(schema.valueChains).values({
      orgId,
      id: valueChainId,
      name: chain.name,
      description: chain.description,
      managerUserId: managers[chain.manager],
    });
    const stages = chain.stages.map((stage, position) => ({
      orgId,
      id: newId('stg'),
      valueChainId,
      position,
      name: stage.name,
      description: stage.description,
    }));
    await tx.insert(schema.valueChainStages).values(stages);
    await tx.insert(schema.valueChainStageOwners).values(
      chain.stages.flatMap((stage, index) =>
        stage.owners.map((key) => ({
          orgId,
          stageId: (stages[index] as { id: string }).id,
          departmentId: departmentIds[key],
        })),
      ),
    );
  }
  return DEMO_VALUE_CHAINS.length;
}
