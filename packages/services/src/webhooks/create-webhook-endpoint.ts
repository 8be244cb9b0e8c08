import type { TCreateWebhookEndpointRequest, TWebhookSecretResponse } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { assertWebhookDestination } from './webhook-destination.ts';
import { NO_DELIVERIES, toWebhookEndpoint } from './webhook-mappers.ts';
import type { TWebhookSettings } from './webhook-settings.ts';
import { newWebhookSecret } from './webhook-signature.ts';

/** Each endpoint gets every matching message: a bound on the fan-out of one event. */
const MAX_ENDPOINTS = 20;

/**
 * Adds an endpoint after checking its destination (the name is resolved outside the
 * transaction). Its signing secret is in this answer only; the list never shows it.
 */
export async function createWebhookEndpoint(
  context: TServiceContext,
  request: TCreateWebhookEndpointRequest,
  settings: TWebhookSettings,
): Promise<TWebhookSecretResponse> {
  const { actor } = context;
  await assertWebhookDestination(request.url, settings);
  const secret = newWebhookSecret();
  return withTenant(context.database, actor.orgId, async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.webhookEndpoints);
    if ((count?.n ?? 0) >= MAX_ENDPOINTS)
      throw new AppError('conflict', {
        detail: `An organisation can have ${MAX_ENDPOINTS} webhook endpoints; remove one first.`,
      });
    const [row] = await tx
      .insert(schema.webhookEndpoints)
      .values({
        orgId: actor.orgId,
        id: newId('whe'),
        url: request.url,
        description: request.description,
        eventTypes: request.eventTypes,
        secret,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'webhook_endpoint.created',
      subjectType: 'webhook_endpoint',
      subjectId: row.id,
      changes: { url: row.url, eventTypes: row.eventTypes },
    });
    return {
      endpoint: toWebhookEndpoint(row, NO_DELIVERIES),
      secret,
      previousSecretExpiresAt: null,
    };
  });
}
