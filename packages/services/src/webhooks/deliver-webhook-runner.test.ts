import { withTenant } from '@customeric/db';
import {
  createTestDatabase,
  insertOrganization,
  startWebhookReceiver,
  type TTestDatabase,
  type TWebhookReceiver,
} from '@customeric/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startJobRunner, type TJobRunner } from '../jobs/job-runner.ts';
import { addEndpoint, BREACH, localSettings, publishBreach } from '../testing/webhook-world.ts';
import { createDeliverWebhookJob } from './deliver-webhook.ts';
import { getWebhookDeliveryById } from './get-webhook-delivery.ts';
import { publishWebhookMessage } from './publish-webhook-message.ts';

let test: TTestDatabase;
let receiver: TWebhookReceiver;
let runner: TJobRunner;
// Real time and a real queue: retries 0.2 s and 0.4 s after a failure.
const settings = localSettings({ retrySchedule: [0.2, 0.4], jitter: 0.1 });

beforeAll(async () => {
  test = await createTestDatabase();
  receiver = await startWebhookReceiver();
  runner = await startJobRunner(test.database, [createDeliverWebhookJob(() => settings)], {
    log: () => undefined,
    pollingIntervalSeconds: 0.5,
  });
});
afterAll(async () => {
  await runner.stop();
  await receiver.close();
  await test.drop();
});

it('delivers through the job queue: a rolled-back breach is never sent, a committed one is retried until it gets through', async () => {
  const org = await insertOrganization(test.database);
  const orgId = org.organization.id;
  const { secret } = await addEndpoint(test.database, org, receiver.url(), settings);
  receiver.useSecret(secret);
  receiver.answerWith(500, 502);
  await withTenant(test.database, orgId, async (tx) => {
    await publishWebhookMessage(tx, orgId, {
      type: 'promise.breached',
      data: { ...BREACH, breachId: 'rolled back' },
    });
    throw new Error('rollback');
  }).catch(() => undefined);

  const { messageId, deliveryIds } = await publishBreach(test.database, orgId);
  await receiver.waitForRequests(3);
  await runner.waitUntilIdle();

  expect(receiver.received.map((request) => request.headers['webhook-id'])).toEqual([
    messageId,
    messageId,
    messageId,
  ]);
  expect(receiver.received.every((request) => request.verifyError === null)).toBe(true);
  const delivery = await getWebhookDeliveryById(
    { database: test.database, actor: org.actor },
    deliveryIds[0] as string,
  );
  expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3 });
  const [first, second, third] = delivery.attemptLog.map((entry) => Date.parse(entry.attemptedAt));
  expect((second as number) - (first as number)).toBeGreaterThanOrEqual(180);
  expect((third as number) - (second as number)).toBeGreaterThanOrEqual(360);
});
