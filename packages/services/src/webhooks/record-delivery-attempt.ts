import { schema, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { judgeEndpointHealth, planNextAttempt } from '@customeric/domain';
import { and, eq, gt } from 'drizzle-orm';
import { sendInTransaction } from '../jobs/job-queue.ts';
import { DELIVER_WEBHOOK_JOB, type TDeliverWebhookData } from './deliver-webhook-data.ts';
import type { TAttemptResult } from './send-webhook-request.ts';
import type { TWebhookSettings } from './webhook-settings.ts';

/** Heals the endpoint on success; on failure counts it and disables the endpoint when due. */
async function updateEndpointHealth(
  tx: TTransaction,
  endpointId: string,
  result: TAttemptResult,
  settings: TWebhookSettings,
): Promise<string | null> {
  const endpoints = schema.webhookEndpoints;
  if (result.succeeded) {
    // Most successes find a healthy endpoint: no write, no lock.
    await tx
      .update(endpoints)
      .set({ consecutiveFailures: 0, failingSince: null })
      .where(and(eq(endpoints.id, endpointId), gt(endpoints.consecutiveFailures, 0)));
    return null;
  }
  const [endpoint] = await tx
    .select()
    .from(endpoints)
    .where(eq(endpoints.id, endpointId))
    .for('update');
  if (!endpoint?.enabled) return endpoint?.disabledReason ?? null;
  const health = judgeEndpointHealth(
    endpoint,
    { ...result, at: result.attemptedAt },
    settings.disablePolicy,
  );
  await tx
    .update(endpoints)
    .set({
      consecutiveFailures: health.consecutiveFailures,
      failingSince: health.failingSince,
      ...(health.disabledReason ? { enabled: false, disabledReason: health.disabledReason } : {}),
    })
    .where(eq(endpoints.id, endpointId));
  return health.disabledReason;
}

function nextAttemptOf(
  data: TDeliverWebhookData,
  result: TAttemptResult,
  settings: TWebhookSettings,
) {
  return planNextAttempt({
    attemptsMade: data.attempt,
    schedule: settings.retrySchedule,
    now: result.attemptedAt,
    random: settings.random(),
    jitter: settings.jitter,
    retryAfterSeconds: result.retryAfterSeconds,
  });
}

/**
 * Writes one attempt and what follows from it, in one transaction: the attempt row, the
 * delivery's status, the endpoint's health and, after a failure, the job of the next attempt.
 * A duplicate job of the same attempt writes nothing (the attempt's key is taken).
 */
export async function recordDeliveryAttempt(
  database: TDatabase,
  data: TDeliverWebhookData,
  endpointId: string,
  result: TAttemptResult,
  settings: TWebhookSettings,
): Promise<void> {
  await withTenant(database, data.orgId, async (tx) => {
    const inserted = await tx
      .insert(schema.webhookAttempts)
      .values({
        orgId: data.orgId,
        deliveryId: data.deliveryId,
        attempt: data.attempt,
        attemptedAt: result.attemptedAt,
        succeeded: result.succeeded,
        statusCode: result.statusCode,
        error: result.error,
        responseSnippet: result.responseSnippet,
        durationMs: result.durationMs,
      })
      .onConflictDoNothing()
      .returning({ attempt: schema.webhookAttempts.attempt });
    if (inserted.length === 0) return;
    const disabledReason = await updateEndpointHealth(tx, endpointId, result, settings);
    const next = result.succeeded || disabledReason ? null : nextAttemptOf(data, result, settings);
    const status = result.succeeded ? 'succeeded' : next ? 'failed' : 'dead';
    const error =
      disabledReason && !result.succeeded
        ? `${result.error ?? `HTTP ${result.statusCode}`}; the endpoint was disabled: ${disabledReason}`
        : result.error;
    await tx
      .update(schema.webhookDeliveries)
      .set({
        status,
        attempts: data.attempt,
        nextAttemptAt: next,
        lastAttemptAt: result.attemptedAt,
        lastStatusCode: result.statusCode,
        lastError: error,
        lastResponseSnippet: result.responseSnippet,
        lastDurationMs: result.durationMs,
      })
      .where(eq(schema.webhookDeliveries.id, data.deliveryId));
    if (next)
      await sendInTransaction(
        tx,
        DELIVER_WEBHOOK_JOB,
        { ...data, attempt: data.attempt + 1 },
        { startAfter: next },
      );
  });
}
