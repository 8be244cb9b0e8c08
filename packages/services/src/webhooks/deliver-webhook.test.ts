import { withTenant } from '@customeric/db';
import {
  createTestDatabase,
  insertOrganization,
  startWebhookReceiver,
  type TTestDatabase,
  type TTestOrganization,
  type TWebhookReceiver,
} from '@customeric/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addEndpoint,
  BREACH,
  createClock,
  findDeliveryJobs,
  localSettings,
  publishBreach,
} from '../testing/webhook-world.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { getWebhookDeliveryById } from './get-webhook-delivery.ts';
import { publishWebhookMessage } from './publish-webhook-message.ts';

let test: TTestDatabase;
let receiver: TWebhookReceiver;
let org: TTestOrganization;
const clock = createClock();
const settings = localSettings({ now: clock.now });

beforeAll(async () => {
  test = await createTestDatabase();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await test.drop();
});
beforeEach(async () => {
  // Each test has its own organisation, so endpoints of one test never see another's messages.
  org = await insertOrganization(test.database);
  receiver.reset();
  clock.set(new Date());
});

const context = () => ({ database: test.database, actor: org.actor });
const attempt = (deliveryId: string, n: number) =>
  deliverWebhook(test.database, { orgId: org.organization.id, deliveryId, attempt: n }, settings);

async function publishToNewEndpoint(path = '/hook') {
  const { endpoint, secret } = await addEndpoint(test.database, org, receiver.url(path), settings);
  receiver.useSecret(secret, path);
  const published = await publishBreach(test.database, org.organization.id);
  const [deliveryId] = published.deliveryIds;
  if (!deliveryId || !published.messageId) throw new Error('nothing was published');
  return { endpoint, secret, deliveryId, messageId: published.messageId };
}

describe('delivering a webhook', () => {
  it('delivers a breach on the first attempt, signed so that standardwebhooks verifies it', async () => {
    const { deliveryId, messageId } = await publishToNewEndpoint();
    expect(await findDeliveryJobs(test.database, deliveryId)).toHaveLength(1);

    await attempt(deliveryId, 1);

    const [request] = receiver.received;
    expect(request?.verifyError).toBeNull();
    expect(request?.headers['webhook-id']).toBe(messageId);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.verifiedPayload).toEqual({
      type: 'promise.breached',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: BREACH,
    });
    const delivery = await getWebhookDeliveryById(context(), deliveryId);
    expect(delivery).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    expect(delivery.attemptLog).toEqual([
      expect.objectContaining({
        attempt: 1,
        succeeded: true,
        statusCode: 200,
        responseSnippet: 'ok',
      }),
    ]);
  });

  it('retries after failures with growing delays, under the same webhook-id, and succeeds on the third attempt', async () => {
    const { deliveryId, messageId } = await publishToNewEndpoint();
    receiver.answerWith(500, { status: 503, body: 'busy' });

    await attempt(deliveryId, 1);
    const afterFirst = await getWebhookDeliveryById(context(), deliveryId);
    expect(afterFirst).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 500 });
    clock.set(new Date(afterFirst.nextAttemptAt as string));
    await attempt(deliveryId, 2);
    const afterSecond = await getWebhookDeliveryById(context(), deliveryId);
    expect(afterSecond).toMatchObject({ status: 'failed', attempts: 2, lastStatusCode: 503 });
    clock.set(new Date(afterSecond.nextAttemptAt as string));
    await attempt(deliveryId, 3);

    const delivery = await getWebhookDeliveryById(context(), deliveryId);
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 200 });
    const times = delivery.attemptLog.map((entry) => Date.parse(entry.attemptedAt));
    const delays = [
      (times[1] as number) - (times[0] as number),
      (times[2] as number) - (times[1] as number),
    ];
    expect(delays).toEqual([1000, 2000]);
    expect(receiver.received.map((request) => request.headers['webhook-id'])).toEqual([
      messageId,
      messageId,
      messageId,
    ]);
    expect(receiver.received.every((request) => request.verifyError === null)).toBe(true);
    // Each failure queued the next attempt's job for when it is due.
    const jobs = await findDeliveryJobs(test.database, deliveryId);
    expect(jobs.map((job) => job.data.attempt)).toEqual([1, 2, 3]);
    expect(jobs[1]?.start_after.getTime()).toBe(times[1]);
  });

  it('gives up after the last scheduled attempt: the delivery is dead and nothing more is queued', async () => {
    const { deliveryId } = await publishToNewEndpoint();
    receiver.answerWith(500, 500, 500, 500);
    for (let n = 1; n <= 4; n++) {
      await attempt(deliveryId, n);
      clock.advance(10);
    }
    const delivery = await getWebhookDeliveryById(context(), deliveryId);
    expect(delivery).toMatchObject({ status: 'dead', attempts: 4, nextAttemptAt: null });
    expect(await findDeliveryJobs(test.database, deliveryId)).toHaveLength(4);
    // A job that comes again for an attempt already made does nothing.
    expect(await attempt(deliveryId, 4)).toBeNull();
    expect(receiver.received).toHaveLength(4);
  });

  it('does not follow a redirect, and says where it pointed', async () => {
    const { deliveryId } = await publishToNewEndpoint();
    receiver.answerWith({ status: 301, headers: { location: 'https://elsewhere.example/hook' } });
    await attempt(deliveryId, 1);
    const delivery = await getWebhookDeliveryById(context(), deliveryId);
    expect(delivery).toMatchObject({ status: 'failed', lastStatusCode: 301 });
    expect(delivery.lastError).toBe(
      'Redirects are not followed; change the URL to https://elsewhere.example/hook',
    );
    expect(receiver.received).toHaveLength(1);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    const { deliveryId } = await publishToNewEndpoint();
    receiver.answerWith({ status: 200, delayMs: 1_000 });
    const impatient = localSettings({ now: clock.now, timeoutMs: 200 });
    await deliverWebhook(
      test.database,
      { orgId: org.organization.id, deliveryId, attempt: 1 },
      impatient,
    );
    const delivery = await getWebhookDeliveryById(context(), deliveryId);
    expect(delivery).toMatchObject({
      status: 'failed',
      lastStatusCode: null,
      lastError: 'No answer within 0.2 s',
    });
  });
});

describe('who receives a message', () => {
  it('sends nothing when the publisher’s transaction rolls back', async () => {
    await addEndpoint(test.database, org, receiver.url(), settings);
    const orgId = org.organization.id;
    await expect(
      withTenant(test.database, orgId, async (tx) => {
        const published = await publishWebhookMessage(tx, orgId, {
          type: 'promise.breached',
          data: BREACH,
        });
        expect(published.deliveryIds).toHaveLength(1);
        throw new Error('the breach could not be recorded');
      }),
    ).rejects.toThrow('the breach could not be recorded');
    const counts = await withTenant(test.database, orgId, async (tx) => {
      const result = await tx.execute<{ messages: number; deliveries: number }>(
        sql`SELECT (SELECT count(*) FROM webhook_messages)::int AS messages,
                   (SELECT count(*) FROM webhook_deliveries)::int AS deliveries`,
      );
      return result.rows[0];
    });
    expect(counts).toEqual({ messages: 0, deliveries: 0 });
    const jobs = await test.database.pool.query(
      `SELECT 1 FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'orgId' = $1`,
      [orgId],
    );
    expect(jobs.rowCount).toBe(0);
  });

  it('never sends one organisation’s message to another organisation’s endpoint', async () => {
    const other = await insertOrganization(test.database);
    await addEndpoint(test.database, other, receiver.url('/other'), settings);
    const { deliveryId } = await publishToNewEndpoint('/mine');
    expect((await publishBreach(test.database, org.organization.id)).deliveryIds).toHaveLength(1);
    await attempt(deliveryId, 1);
    expect(receiver.received.map((request) => request.path)).toEqual(['/mine']);
  });

  it('sends a type only to endpoints that subscribe to it, or to every type', async () => {
    await addEndpoint(test.database, org, receiver.url('/cases'), settings, ['case.opened']);
    const all = await addEndpoint(test.database, org, receiver.url('/all'), settings, []);
    const breaches = await addEndpoint(test.database, org, receiver.url('/breaches'), settings, [
      'promise.breached',
    ]);
    const published = await publishBreach(test.database, org.organization.id);
    const deliveries = await Promise.all(
      published.deliveryIds.map((id) => getWebhookDeliveryById(context(), id)),
    );
    expect(deliveries.map((delivery) => delivery.endpointId).sort()).toEqual(
      [all.endpoint.id, breaches.endpoint.id].sort(),
    );
  });

  it('stores and queues nothing when no endpoint subscribes', async () => {
    expect(await publishBreach(test.database, org.organization.id)).toEqual({
      messageId: null,
      deliveryIds: [],
    });
  });
});
