import { schema, type TDatabase, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import type { TDeliverWebhookData } from './deliver-webhook-data.ts';
import type { TWebhookRequest } from './send-webhook-request.ts';
import { buildWebhookBody } from './webhook-body.ts';

export interface TDeliveryPlan {
  request: TWebhookRequest;
  endpointId: string;
}

type TDeliveryRow = {
  delivery: typeof schema.webhookDeliveries.$inferSelect;
  endpoint: typeof schema.webhookEndpoints.$inferSelect;
  message: typeof schema.webhookMessages.$inferSelect;
};

/** Whether this job is the delivery's next attempt (not a duplicate, not for a settled one). */
function isDue(delivery: TDeliveryRow['delivery'], data: TDeliverWebhookData): boolean {
  const waiting = delivery.status === 'pending' || delivery.status === 'failed';
  return waiting && delivery.attempts === data.attempt - 1;
}

async function loadDueDelivery(database: TDatabase, data: TDeliverWebhookData) {
  const { webhookDeliveries: d, webhookEndpoints: e, webhookMessages: m } = schema;
  return withTenant(database, data.orgId, async (tx): Promise<TDeliveryRow | null> => {
    const [row] = await tx
      .select({ delivery: d, endpoint: e, message: m })
      .from(d)
      .innerJoin(e, eq(e.id, d.endpointId))
      .innerJoin(m, eq(m.id, d.messageId))
      .where(eq(d.id, data.deliveryId));
    if (!row || !isDue(row.delivery, data)) return null;
    if (row.endpoint.enabled) return row;
    // Not sent to a disabled endpoint; its owner can retry once it is enabled again.
    await tx
      .update(d)
      .set({
        status: 'dead',
        nextAttemptAt: null,
        lastError: `Not sent: the endpoint is disabled (${row.endpoint.disabledReason})`,
      })
      .where(eq(d.id, data.deliveryId));
    return null;
  });
}

function signingSecrets(endpoint: typeof schema.webhookEndpoints.$inferSelect, now: Date) {
  const previousValid =
    endpoint.previousSecret &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now;
  return previousValid ? [endpoint.secret, endpoint.previousSecret as string] : [endpoint.secret];
}

/**
 * What this job must send, or null when there is nothing to do: the delivery is gone (its
 * endpoint was removed), settled, or already past this attempt (a duplicate job).
 */
export async function loadDeliveryPlan(
  database: TDatabase,
  data: TDeliverWebhookData,
  now: Date,
): Promise<TDeliveryPlan | null> {
  const row = await loadDueDelivery(database, data);
  if (!row) return null;
  const { endpoint, message } = row;
  return {
    endpointId: endpoint.id,
    request: {
      url: endpoint.url,
      messageId: message.id,
      body: buildWebhookBody(message.type, message.createdAt, message.data),
      secrets: signingSecrets(endpoint, now),
    },
  };
}
