import type { TWebhookEventCatalog } from '@customeric/contracts';
import { type TDatabase, withTenant } from '@customeric/db';
import type { TTestOrganization } from '@customeric/testing';
import { createWebhookEndpoint } from '../webhooks/create-webhook-endpoint.ts';
import { publishWebhookMessage } from '../webhooks/publish-webhook-message.ts';
import { readWebhookSettings, type TWebhookSettings } from '../webhooks/webhook-settings.ts';

/** Settings for a receiver on 127.0.0.1: the operator switch on, a short schedule, no jitter. */
export function localSettings(overrides: Partial<TWebhookSettings> = {}): TWebhookSettings {
  return {
    ...readWebhookSettings({ CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE: 'true' }),
    retrySchedule: [1, 2, 4],
    jitter: 0,
    timeoutMs: 2_000,
    ...overrides,
  };
}

/** A clock the test moves by hand, starting now (signatures must stay within 5 minutes of it). */
export function createClock() {
  let current = new Date();
  return {
    now: () => current,
    set: (date: Date) => {
      current = date;
    },
    advance: (seconds: number) => {
      current = new Date(current.getTime() + seconds * 1000);
    },
  };
}

export async function addEndpoint(
  database: TDatabase,
  org: TTestOrganization,
  url: string,
  settings: TWebhookSettings,
  eventTypes: string[] = [],
) {
  return createWebhookEndpoint(
    { database, actor: org.actor },
    { url, description: 'test receiver', eventTypes },
    settings,
  );
}

export const BREACH: TWebhookEventCatalog['promise.breached'] = {
  breachId: 'brc_01jq7m3v9k2x8c4n6p0r5t7w9y',
  promiseId: 'prm_01jq7k2d3f4g5h6j7k8m9n0p1q',
  promiseName: 'First answer within 4 business hours',
  customerWording: 'You will get a first answer within 4 business hours.',
  customerId: 'cus_01jq6z8x7w6v5t4s3r2q1p0n9m',
  customerName: 'Northwind Traders',
  accountableDepartmentId: null,
  accountableDepartmentName: null,
  dueAt: '2026-03-03T13:00:00.000Z',
  detectedAt: '2026-03-03T13:00:41.000Z',
  reason: 'No first answer within 4 business hours',
  evidenceEventIds: ['evt_1'],
};

/** Publishes a breach the way the promises module does: inside its own tenant transaction. */
export function publishBreach(database: TDatabase, orgId: string, data = BREACH) {
  return withTenant(database, orgId, (tx) =>
    publishWebhookMessage(tx, orgId, { type: 'promise.breached', data }),
  );
}

/** The delivery jobs waiting in the queue for one delivery, oldest first. */
export async function findDeliveryJobs(database: TDatabase, deliveryId: string) {
  const result = await database.pool.query<{ data: { attempt: number }; start_after: Date }>(
    `SELECT data, start_after FROM pgboss.job
      WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = $1 ORDER BY created_on`,
    [deliveryId],
  );
  return result.rows;
}
