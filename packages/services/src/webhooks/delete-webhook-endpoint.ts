import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { endpointNotFound } from './webhook-queries.ts';

/** Removes the endpoint with its deliveries; jobs still queued for them find nothing and stop. */
export async function deleteWebhookEndpoint(context: TServiceContext, endpointId: string) {
  const { actor } = context;
  await withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await tx
      .delete(schema.webhookEndpoints)
      .where(eq(schema.webhookEndpoints.id, endpointId))
      .returning({ url: schema.webhookEndpoints.url });
    if (!row) throw endpointNotFound(endpointId);
    await recordAudit(tx, actor, {
      action: 'webhook_endpoint.deleted',
      subjectType: 'webhook_endpoint',
      subjectId: endpointId,
      changes: { url: row.url },
    });
  });
}
