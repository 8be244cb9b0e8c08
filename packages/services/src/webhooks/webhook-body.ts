import type { TWebhookPayload } from '@customeric/contracts';

/** The body the specification recommends, built the same way for every attempt. */
export function buildWebhookPayload(
  type: string,
  createdAt: Date,
  data: Record<string, unknown>,
): TWebhookPayload {
  return { type, timestamp: createdAt.toISOString(), data };
}

export function buildWebhookBody(type: string, createdAt: Date, data: Record<string, unknown>) {
  return JSON.stringify(buildWebhookPayload(type, createdAt, data));
}
