import type { TWebhookEventCatalog, TWebhookEventType } from '@customeric/contracts';
import { newId, schema, type TTransaction } from '@customeric/db';
import { and, eq, sql } from 'drizzle-orm';
import { sendInTransaction } from '../jobs/job-queue.ts';
import { DELIVER_WEBHOOK_JOB } from './deliver-webhook-data.ts';

/** One message: its type and the data that type carries (see TWebhookEventCatalog). */
export type TWebhookMessageInput = {
  [K in TWebhookEventType]: { type: K; data: TWebhookEventCatalog[K] };
}[TWebhookEventType];

export interface TPublishedWebhookMessage {
  /** null when no enabled endpoint subscribes to the type: nothing is stored or sent. */
  messageId: string | null;
  deliveryIds: string[];
}

/** The specification advises small payloads (under 20 kB); this stops a runaway one. */
const MAX_DATA_BYTES = 64 * 1024;

async function findSubscribers(tx: TTransaction, type: string, endpointId?: string) {
  const endpoints = schema.webhookEndpoints;
  const subscribed = endpointId
    ? eq(endpoints.id, endpointId)
    : sql`(cardinality(${endpoints.eventTypes}) = 0 OR ${type} = ANY(${endpoints.eventTypes}))`;
  const rows = await tx
    .select({ id: endpoints.id })
    .from(endpoints)
    .where(and(eq(endpoints.enabled, true), subscribed));
  return rows.map((row) => row.id);
}

/**
 * Publishes a webhook from inside the publisher's own tenant transaction: the message, one
 * delivery per enabled endpoint subscribed to its type, and one delivery job each are written
 * through `tx`, so they exist only if the publisher's change commits — a rolled-back breach
 * sends nothing. `endpointId` sends to that endpoint alone (a test message).
 */
export async function publishWebhookMessage(
  tx: TTransaction,
  orgId: string,
  message: TWebhookMessageInput,
  options: { endpointId?: string } = {},
): Promise<TPublishedWebhookMessage> {
  const data = message.data as Record<string, unknown>;
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_DATA_BYTES)
    throw new Error(
      `The data of a ${message.type} webhook is larger than ${MAX_DATA_BYTES} bytes.`,
    );
  const endpointIds = await findSubscribers(tx, message.type, options.endpointId);
  if (endpointIds.length === 0) return { messageId: null, deliveryIds: [] };
  const messageId = newId('msg');
  await tx
    .insert(schema.webhookMessages)
    .values({ orgId, id: messageId, type: message.type, data });
  const deliveries = endpointIds.map((endpointId) => ({
    orgId,
    id: newId('whd'),
    endpointId,
    messageId,
    status: 'pending' as const,
    nextAttemptAt: sql`now()`,
  }));
  await tx.insert(schema.webhookDeliveries).values(deliveries);
  for (const delivery of deliveries) {
    await sendInTransaction(tx, DELIVER_WEBHOOK_JOB, {
      orgId,
      deliveryId: delivery.id,
      attempt: 1,
    });
  }
  return { messageId, deliveryIds: deliveries.map((delivery) => delivery.id) };
}
