import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

export async function deleteEventMapping(
  context: TServiceContext,
  mappingId: string,
): Promise<void> {
  const { actor } = context;
  await withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await tx
      .delete(schema.eventMappings)
      .where(eq(schema.eventMappings.id, mappingId))
      .returning();
    if (!row) throw new AppError('not_found', { detail: `There is no mapping rule ${mappingId}.` });
    await recordAudit(tx, actor, {
      action: 'event_mapping.deleted',
      subjectType: 'event_mapping',
      subjectId: mappingId,
      changes: { typePattern: row.typePattern },
    });
  });
}
