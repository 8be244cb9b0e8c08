import type { TUpdateWebhookEndpointRequest, TWebhookEndpoint } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertWebhookDestination } from './webhook-destination.ts';
import { getEndpointView, lockEndpoint } from './webhook-queries.ts';
import type { TWebhookSettings } from './webhook-settings.ts';

/** Enabling again forgets the failures that disabled it; disabling by hand says so. */
function enabledChange(enabled: boolean | undefined, wasEnabled: boolean) {
  if (enabled === undefined || enabled === wasEnabled) return {};
  return enabled
    ? { enabled: true, disabledReason: null, consecutiveFailures: 0, failingSince: null }
    : { enabled: false, disabledReason: 'Disabled by hand.' };
}

export async function updateWebhookEndpoint(
  context: TServiceContext,
  endpointId: string,
  request: TUpdateWebhookEndpointRequest,
  settings: TWebhookSettings,
): Promise<TWebhookEndpoint> {
  const { actor } = context;
  if (request.url !== undefined) await assertWebhookDestination(request.url, settings);
  return withTenant(context.database, actor.orgId, async (tx) => {
    const before = await lockEndpoint(tx, endpointId);
    const { enabled, ...fields } = request;
    const changes = { ...fields, ...enabledChange(enabled, before.enabled) };
    if (Object.keys(changes).length > 0) {
      await tx
        .update(schema.webhookEndpoints)
        .set({ ...changes, updatedAt: sql`now()` })
        .where(eq(schema.webhookEndpoints.id, endpointId));
      await recordAudit(tx, actor, {
        action: 'webhook_endpoint.updated',
        subjectType: 'webhook_endpoint',
        subjectId: endpointId,
        changes: { ...fields, ...(enabled === undefined ? {} : { enabled }) },
      });
    }
    return getEndpointView(tx, endpointId);
  });
}
