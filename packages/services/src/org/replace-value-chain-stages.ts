import type { TReplaceStagesRequest, TValueChain, TValueChainStage } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertActiveDepartments } from './org-guards.ts';
import { loadStages, readValueChain } from './value-chain-query.ts';
import { assertMayEditValueChain, lockValueChain } from './value-chain-scope.ts';

type TStage = TReplaceStagesRequest['stages'][number];

async function validateStages(tx: TTransaction, stages: TStage[], current: TValueChainStage[]) {
  const known = new Set(current.map((stage) => stage.id));
  const errors = stages.flatMap((stage, index) =>
    stage.id && !known.has(stage.id)
      ? [{ pointer: `/stages/${index}/id`, message: `${stage.id} is not a stage of this chain` }]
      : [],
  );
  if (errors.length > 0)
    throw new AppError('validation_failed', {
      detail:
        'Some stages name an id this value chain does not have; leave the id out for a new stage.',
      errors,
    });
  const pointers = new Map<string, string>();
  for (const [i, stage] of stages.entries()) {
    for (const [j, id] of stage.ownerDepartmentIds.entries())
      if (!pointers.has(id)) pointers.set(id, `/stages/${i}/ownerDepartmentIds/${j}`);
  }
  await assertActiveDepartments(
    tx,
    stages.flatMap((stage) => stage.ownerDepartmentIds),
    'A stage can only be owned by active departments',
    (id) => pointers.get(id) ?? '/stages',
  );
}

/** Positions and names are unique per chain at commit; in between, stages may swap them. */
async function writeStages(tx: TTransaction, orgId: string, chainId: string, stages: TStage[]) {
  await tx.execute(
    sql`SET CONSTRAINTS value_chain_stages_position, value_chain_stages_name DEFERRED`,
  );
  const kept = stages.flatMap((stage) => (stage.id ? [stage.id] : []));
  await tx
    .delete(schema.valueChainStages)
    .where(
      and(
        eq(schema.valueChainStages.valueChainId, chainId),
        kept.length ? notInArray(schema.valueChainStages.id, kept) : undefined,
      ),
    );
  const ids: string[] = [];
  for (const [position, stage] of stages.entries()) {
    const fields = { position, name: stage.name, description: stage.description ?? null };
    const id = stage.id ?? newId('stg');
    ids.push(id);
    if (stage.id)
      await tx
        .update(schema.valueChainStages)
        .set(fields)
        .where(eq(schema.valueChainStages.id, id));
    else
      await tx
        .insert(schema.valueChainStages)
        .values({ orgId, id, valueChainId: chainId, ...fields });
  }
  if (kept.length)
    await tx
      .delete(schema.valueChainStageOwners)
      .where(inArray(schema.valueChainStageOwners.stageId, kept));
  const owners = stages.flatMap((stage, index) =>
    stage.ownerDepartmentIds.map((departmentId) => ({
      orgId,
      stageId: ids[index] as string,
      departmentId,
    })),
  );
  if (owners.length) await tx.insert(schema.valueChainStageOwners).values(owners);
}

function describeStages(
  stages: readonly { name: string; ownerDepartmentIds: readonly string[] }[],
) {
  return stages.map((stage) => `${stage.name} [${stage.ownerDepartmentIds.join(', ')}]`);
}

/**
 * Replaces the journey of a chain with the stages given, in order, in one transaction:
 * stages with an id are kept (their history stays theirs), new ones are added, the rest go.
 */
export async function replaceValueChainStages(
  context: TServiceContext,
  valueChainId: string,
  request: TReplaceStagesRequest,
): Promise<TValueChain> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const chain = await lockValueChain(tx, valueChainId);
    assertMayEditValueChain(actor, chain);
    if (chain.archivedAt)
      throw new AppError('conflict', {
        detail: `${chain.name} is archived; restore it before editing its stages.`,
      });
    const current = (await loadStages(tx, [valueChainId])).get(valueChainId) ?? [];
    await validateStages(tx, request.stages, current);
    await writeStages(tx, actor.orgId, valueChainId, request.stages);
    await recordAudit(tx, actor, {
      action: 'value_chain.stages_replaced',
      subjectType: 'value_chain',
      subjectId: valueChainId,
      changes: { stages: { from: describeStages(current), to: describeStages(request.stages) } },
    });
    return (await readValueChain(tx, valueChainId)) as TValueChain;
  });
}
