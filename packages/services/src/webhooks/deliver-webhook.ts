import type { TDatabase } from '@customeric/db';
import { defineJob } from '../jobs/define-job.ts';
import {
  DELIVER_WEBHOOK_JOB,
  type TDeliverWebhookData,
  ZDeliverWebhookData,
} from './deliver-webhook-data.ts';
import { loadDeliveryPlan } from './load-delivery-plan.ts';
import { recordDeliveryAttempt } from './record-delivery-attempt.ts';
import { sendWebhookRequest, type TAttemptResult } from './send-webhook-request.ts';
import { readWebhookSettings, type TWebhookSettings } from './webhook-settings.ts';

/**
 * One attempt of one delivery. No transaction is held open while the receiver answers (up to
 * the timeout): the plan is read in one, the attempt written in another. Returns the
 * attempt, or null when the job had nothing to do.
 */
export async function deliverWebhook(
  database: TDatabase,
  data: TDeliverWebhookData,
  settings: TWebhookSettings,
): Promise<TAttemptResult | null> {
  const plan = await loadDeliveryPlan(database, data, settings.now());
  if (!plan) return null;
  const result = await sendWebhookRequest(plan.request, settings);
  await recordDeliveryAttempt(database, data, plan.endpointId, result, settings);
  return result;
}

/** The job of the worker; tests build it with their own settings (a local receiver, a short schedule). */
export function createDeliverWebhookJob(getSettings: () => TWebhookSettings) {
  return defineJob({
    name: DELIVER_WEBHOOK_JOB,
    schema: ZDeliverWebhookData,
    // Mostly waiting on receivers, with no connection held meanwhile. Safe side by side: an
    // attempt is recorded once (its key), an endpoint's failures are counted under its row
    // lock. 8 leaves room in the pool of 10 for the API.
    concurrency: 8,
    handler: async (data, context) => {
      await deliverWebhook(context.database, data, getSettings());
    },
  });
}

let settingsFromEnvironment: TWebhookSettings | undefined;

/** `webhooks.deliver` with the settings of the environment, read once. */
export const deliverWebhookJob = createDeliverWebhookJob(() => {
  settingsFromEnvironment ??= readWebhookSettings();
  return settingsFromEnvironment;
});
