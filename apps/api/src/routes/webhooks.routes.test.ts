import {
  createDeliverWebhookJob,
  PRIVATE_DESTINATION_DETAIL,
  readWebhookSettings,
  startJobRunner,
  type TJobRunner,
} from '@customeric/services';
import { startWebhookReceiver, type TWebhookReceiver } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';

let api: TApiTest;
let guarded: FastifyInstance;
let receiver: TWebhookReceiver;
let runner: TJobRunner;
// The operator switch on (a receiver on 127.0.0.1), and no retries: one failure is final.
const local = {
  ...readWebhookSettings({ CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE: 'true' }),
  retrySchedule: [],
};

beforeAll(async () => {
  api = await startApiTest({ webhooks: local });
  // The same database behind the default guard: CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE unset.
  guarded = await buildApp({ database: api.test.database, webhooks: readWebhookSettings({}) });
  receiver = await startWebhookReceiver();
  runner = await startJobRunner(api.test.database, [createDeliverWebhookJob(() => local)], {
    log: () => undefined,
    pollingIntervalSeconds: 0.5,
  });
});
afterAll(async () => {
  await runner.stop();
  await receiver.close();
  await guarded.close();
  await stopApiTest(api);
});

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  api.app.inject({ method, url, headers: api.admin.headers, ...(payload ? { payload } : {}) });

async function createEndpoint(path: string, eventTypes: string[] = []) {
  const response = await send('POST', '/api/webhooks/endpoints', {
    url: receiver.url(path),
    description: 'CRM',
    eventTypes,
  });
  expect(response.statusCode).toBe(201);
  const body = response.json();
  receiver.useSecret(body.secret, path);
  return body as { endpoint: { id: string }; secret: string };
}

describe('webhook endpoints', () => {
  it('shows the signing secret once, at creation, and never in a list or a read', async () => {
    const { endpoint, secret } = await createEndpoint('/crm', ['promise.breached', 'case.opened']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({
      eventTypes: ['case.opened', 'promise.breached'],
      enabled: true,
    });
    const list = await send('GET', '/api/webhooks/endpoints');
    const one = await send('GET', `/api/webhooks/endpoints/${endpoint.id}`);
    for (const response of [list, one]) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(secret.slice(6));
    }
    expect(list.json().items.map((item: { id: string }) => item.id)).toContain(endpoint.id);
  });

  it.each([
    ['http://127.0.0.1:9000/hook', 'points at a loopback address'],
    ['http://localhost:9000/hook', 'resolves to'],
    [
      'http://169.254.169.254/latest/meta-data',
      'points at a link-local address (where cloud metadata services live)',
    ],
    ['http://[::ffff:10.0.0.1]/hook', 'points at a private network address'],
    ['http://100.64.1.1/hook', 'points at a carrier-grade NAT address'],
  ])(
    'refuses the private destination %s, saying how an operator allows it',
    async (url, message) => {
      const response = await guarded.inject({
        method: 'POST',
        url: '/api/webhooks/endpoints',
        headers: api.admin.headers,
        payload: { url },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        detail: PRIVATE_DESTINATION_DETAIL,
        errors: [{ pointer: '/url', message: expect.stringContaining(message) }],
      });
      expect(PRIVATE_DESTINATION_DETAIL).toBe(
        'Webhook destinations on private or loopback addresses are refused; an operator can allow them with CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE=true.',
      );
    },
  );

  it('refuses an event type one cannot subscribe to, naming it', async () => {
    const response = await send('POST', '/api/webhooks/endpoints', {
      url: 'https://93.184.215.14/hook',
      eventTypes: ['promise.breached', 'promise.typo'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { pointer: '/eventTypes/1', message: 'is not an event type one can subscribe to' },
    ]);
  });

  it('lists the event types with a description and the body an endpoint would receive', async () => {
    const response = await send('GET', '/api/webhooks/event-types');
    const breached = response
      .json()
      .items.find((item: { type: string }) => item.type === 'promise.breached');
    expect(breached).toMatchObject({
      subscribable: true,
      description: 'A promise of the Bill of Rights was broken for a customer.',
      examplePayload: {
        type: 'promise.breached',
        data: { promiseName: 'First answer within 4 business hours' },
      },
    });
  });

  it('rotates the secret: the new one is shown once and differs', async () => {
    const { endpoint, secret } = await createEndpoint('/rotate');
    const response = await send('POST', `/api/webhooks/endpoints/${endpoint.id}/rotate-secret`);
    expect(response.statusCode).toBe(200);
    expect(response.json().secret).not.toBe(secret);
    expect(response.json().previousSecretExpiresAt).not.toBeNull();
  });

  it('disables by hand, refuses a test while disabled, enables again, and removes', async () => {
    const { endpoint } = await createEndpoint('/toggle');
    const url = `/api/webhooks/endpoints/${endpoint.id}`;
    expect((await send('PATCH', url, { enabled: false })).json()).toMatchObject({
      enabled: false,
      disabledReason: 'Disabled by hand.',
    });
    const test = await send('POST', `${url}/test`);
    expect(test.statusCode).toBe(409);
    expect(test.json().detail).toMatch(/enable it before sending a test/);
    expect((await send('PATCH', url, { enabled: true })).json()).toMatchObject({
      enabled: true,
      disabledReason: null,
    });
    expect((await send('DELETE', url)).statusCode).toBe(204);
    expect((await send('GET', url)).statusCode).toBe(404);
  });
});

describe('test messages, deliveries and retries', () => {
  it('sends a signed test message that the receiver verifies, and shows the attempt', async () => {
    const { endpoint } = await createEndpoint('/test');
    const response = await send('POST', `/api/webhooks/endpoints/${endpoint.id}/test`);
    expect(response.statusCode).toBe(202);
    const { messageId, deliveryId } = response.json();
    await receiver.waitForRequests(1);
    await runner.waitUntilIdle();
    const request = receiver.received.find((entry) => entry.path === '/test');
    expect(request?.verifyError).toBeNull();
    expect(request?.verifiedPayload).toMatchObject({
      type: 'webhook.test',
      data: { endpointId: endpoint.id },
    });
    expect(request?.headers['webhook-id']).toBe(messageId);

    const delivery = (await send('GET', `/api/webhooks/deliveries/${deliveryId}`)).json();
    expect(delivery).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      eventType: 'webhook.test',
    });
    expect(delivery.attemptLog).toHaveLength(1);
    const deliveries = (
      await send('GET', `/api/webhooks/endpoints/${endpoint.id}/deliveries`)
    ).json();
    expect(deliveries.items.map((item: { id: string }) => item.id)).toEqual([deliveryId]);
    const messages = (await send('GET', '/api/webhooks/messages?type=webhook.test')).json();
    expect(messages.items[0]).toMatchObject({ id: messageId, deliveries: { succeeded: 1 } });
    const message = (await send('GET', `/api/webhooks/messages/${messageId}`)).json();
    expect(message.deliveryList).toHaveLength(1);
  });

  it('retries a dead delivery now, and it gets through', async () => {
    receiver.reset();
    const { endpoint } = await createEndpoint('/flaky');
    receiver.answerWith(500);
    const { deliveryId } = (
      await send('POST', `/api/webhooks/endpoints/${endpoint.id}/test`)
    ).json();
    await receiver.waitForRequests(1);
    await runner.waitUntilIdle();
    expect((await send('GET', `/api/webhooks/deliveries/${deliveryId}`)).json()).toMatchObject({
      status: 'dead',
      lastStatusCode: 500,
    });

    const retry = await send('POST', `/api/webhooks/deliveries/${deliveryId}/retry`);
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toMatchObject({ status: 'pending' });
    await receiver.waitForRequests(2);
    await runner.waitUntilIdle();
    const delivery = (await send('GET', `/api/webhooks/deliveries/${deliveryId}`)).json();
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(delivery.attemptLog.map((entry: { statusCode: number }) => entry.statusCode)).toEqual([
      500, 200,
    ]);
    const again = await send('POST', `/api/webhooks/deliveries/${deliveryId}/retry`);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('The delivery is not retried: it was delivered already.');
  });
});
