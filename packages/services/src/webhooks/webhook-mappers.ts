import type {
  TWebhookAttempt,
  TWebhookDelivery,
  TWebhookEndpoint,
  TWebhookMessage,
} from '@customeric/contracts';
import type { schema } from '@customeric/db';
import { buildWebhookPayload } from './webhook-body.ts';

type TEndpointRow = typeof schema.webhookEndpoints.$inferSelect;
type TDeliveryRow = typeof schema.webhookDeliveries.$inferSelect;
type TMessageRow = typeof schema.webhookMessages.$inferSelect;
type TAttemptRow = typeof schema.webhookAttempts.$inferSelect;
export type TDeliveryCounts = TWebhookEndpoint['deliveries'];

export const NO_DELIVERIES: TDeliveryCounts = { pending: 0, succeeded: 0, failed: 0, dead: 0 };

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function toWebhookEndpoint(
  row: TEndpointRow,
  deliveries: TDeliveryCounts,
): TWebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    failingSince: iso(row.failingSince),
    secretRotatedAt: iso(row.secretRotatedAt),
    deliveries,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toWebhookDelivery(
  row: TDeliveryRow,
  context: { endpointUrl: string; eventType: string },
): TWebhookDelivery {
  return {
    id: row.id,
    endpointId: row.endpointId,
    endpointUrl: context.endpointUrl,
    messageId: row.messageId,
    eventType: context.eventType,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: iso(row.nextAttemptAt),
    lastAttemptAt: iso(row.lastAttemptAt),
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    lastDurationMs: row.lastDurationMs,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toWebhookMessage(row: TMessageRow, deliveries: TDeliveryCounts): TWebhookMessage {
  return {
    id: row.id,
    type: row.type,
    createdAt: row.createdAt.toISOString(),
    payload: buildWebhookPayload(row.type, row.createdAt, row.data),
    deliveries,
  };
}

export function toWebhookAttempt(row: TAttemptRow): TWebhookAttempt {
  return {
    attempt: row.attempt,
    attemptedAt: row.attemptedAt.toISOString(),
    succeeded: row.succeeded,
    statusCode: row.statusCode,
    error: row.error,
    responseSnippet: row.responseSnippet,
    durationMs: row.durationMs,
  };
}
