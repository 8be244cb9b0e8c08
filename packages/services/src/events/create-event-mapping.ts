import type { TCreateEventMappingRequest, TEventMapping } from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { selectEventMappings } from './find-event-mappings.ts';

/** Returns the value chain of a stage, so a rule that names a stage places events in its chain too. */
async function assertExists(
  tx: TTransaction,
  table: string,
  id: string,
  pointer: string,
  noun: string,
) {
  const column = table === 'value_chain_stages' ? sql`value_chain_id` : sql`NULL::text`;
  const found = await tx.execute<{ chain: string | null }>(
    sql`SELECT ${column} AS chain FROM ${sql.identifier(table)} WHERE id = ${id}`,
  );
  if (found.rows.length === 0)
    throw new AppError('validation_failed', {
      detail: `There is no ${noun} ${id}.`,
      errors: [{ pointer, message: `is not a ${noun} of this organisation` }],
    });
  return found.rows[0]?.chain ?? null;
}

/** A new rule applies to events taken in from now on; stored events keep their placement. */
/** A new rule applies to events taken in from now on; stored events keep their placement. */
export async function createEventMapping(
  context: TServiceContext,
  request: TCreateEventMappingRequest,
): Promise<TEventMapping> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const { departmentId, valueChainId, stageId } = request;
    if (departmentId)
      await assertExists(tx, 'departments', departmentId, '/departmentId', 'department');
    if (valueChainId)
      await assertExists(tx, 'value_chains', valueChainId, '/valueChainId', 'value chain');
    const chainOfStage = stageId
      ? await assertExists(tx, 'value_chain_stages', stageId, '/stageId', 'stage')
      : null;
    const values = { ...request, valueChainId: valueChainId ?? chainOfStage };
    const [row] = await tx
      .insert(schema.eventMappings)
      .values({ orgId: actor.orgId, id: newId('map'), ...values })
      .onConflictDoNothing()
      .returning({ id: schema.eventMappings.id });
    if (!row)
      throw new AppError('conflict', {
        detail: `There is already a rule for ${request.typePattern}; delete it first.`,
        errors: [{ pointer: '/typePattern', message: 'already has a rule' }],
      });
    await recordAudit(tx, actor, {
      action: 'event_mapping.created',
      subjectType: 'event_mapping',
      subjectId: row.id,
      changes: { ...values },
    });
    const [created] = await selectEventMappings(tx, sql`m.id = ${row.id}`, 1);
    if (!created) throw new Error('the new mapping rule was not found');
    return created;
  });
}
