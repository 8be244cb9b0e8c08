import {
  createTestDatabase,
  insertOrganization,
  startWebhookReceiver,
  type TTestDatabase,
  type TTestOrganization,
  type TWebhookReceiver,
} from '@customeric/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addEndpoint,
  createClock,
  localSettings,
  publishBreach,
} from '../testing/webhook-world.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { getWebhookEndpointById } from './find-webhook-endpoints.ts';
import { getWebhookDeliveryById } from './get-webhook-delivery.ts';
import { rotateWebhookSecret } from './rotate-webhook-secret.ts';
import type { TResolveHost } from './webhook-settings.ts';

let test: TTestDatabase;
let receiver: TWebhookReceiver;
let org: TTestOrganization;
const clock = createClock();

beforeAll(async () => {
  test = await createTestDatabase();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await test.drop();
});
beforeEach(async () => {
  org = await insertOrganization(test.database);
  receiver.reset();
  clock.set(new Date());
});

const context = () => ({ database: test.database, actor: org.actor });
const PUBLIC = { address: '93.184.215.14', family: 4 as const };
const LOOPBACK = { address: '127.0.0.1', family: 4 as const };

async function deliverFirst(settings: ReturnType<typeof localSettings>) {
  const published = await publishBreach(test.database, org.organization.id);
  const deliveryId = published.deliveryIds[0] as string;
  await deliverWebhook(
    test.database,
    { orgId: org.organization.id, deliveryId, attempt: 1 },
    settings,
  );
  return getWebhookDeliveryById(context(), deliveryId);
}

describe('private destinations at delivery time', () => {
  it('refuses a name that resolved to a public address when added and to 127.0.0.1 when sending (DNS rebinding)', async () => {
    let answers = 0;
    const rebinding: TResolveHost = async () => (answers++ === 0 ? [PUBLIC] : [LOOPBACK]);
    const guarded = localSettings({ allowPrivate: false, resolve: rebinding, now: clock.now });
    await addEndpoint(test.database, org, `http://rebind.test:${receiver.port}/hook`, guarded);

    const delivery = await deliverFirst(guarded);

    expect(receiver.received).toHaveLength(0);
    expect(delivery.status).toBe('failed');
    expect(delivery.lastError).toBe(
      'rebind.test resolves to 127.0.0.1, a loopback address; Webhook destinations on private or loopback addresses are refused; an operator can allow them with CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE=true.',
    );
  });

  it('refuses a name with one public and one loopback address', async () => {
    const creation = localSettings({ allowPrivate: false, resolve: async () => [PUBLIC] });
    await addEndpoint(test.database, org, `http://mixed.test:${receiver.port}/hook`, creation);
    const mixed = localSettings({ allowPrivate: false, resolve: async () => [PUBLIC, LOOPBACK] });
    const delivery = await deliverFirst(mixed);
    expect(receiver.received).toHaveLength(0);
    expect(delivery.lastError).toMatch(/^mixed\.test resolves to 127\.0\.0\.1, a loopback address/);
  });

  it('connects to the address it checked when the operator allows private destinations', async () => {
    const allowed = localSettings({ resolve: async () => [LOOPBACK], now: clock.now });
    const { secret } = await addEndpoint(
      test.database,
      org,
      `http://receiver.test:${receiver.port}/hook`,
      allowed,
    );
    receiver.useSecret(secret);
    const delivery = await deliverFirst(allowed);
    expect(delivery.status).toBe('succeeded');
    expect(receiver.received[0]?.headers.host).toBe(`receiver.test:${receiver.port}`);
  });

  it('refuses an IP-literal URL once the operator switch is off', async () => {
    await addEndpoint(test.database, org, receiver.url(), localSettings());
    const delivery = await deliverFirst(localSettings({ allowPrivate: false }));
    expect(receiver.received).toHaveLength(0);
    expect(delivery.lastError).toBe('The URL points at a loopback address');
  });
});

describe('endpoint health', () => {
  it('disables an endpoint that answers 410 Gone, and sends it nothing more', async () => {
    const settings = localSettings({ now: clock.now });
    const { endpoint, secret } = await addEndpoint(test.database, org, receiver.url(), settings);
    receiver.useSecret(secret);
    receiver.answerWith(410);
    const waiting = await publishBreach(test.database, org.organization.id);
    const first = await deliverFirst(settings);
    expect(first.status).toBe('dead');
    expect(await getWebhookEndpointById(context(), endpoint.id)).toMatchObject({
      enabled: false,
      disabledReason: 'The endpoint answered 410 Gone: it asked to receive no more webhooks.',
    });

    // A delivery that was already waiting is not sent; a new message makes none.
    const waitingId = waiting.deliveryIds[0] as string;
    await deliverWebhook(
      test.database,
      { orgId: org.organization.id, deliveryId: waitingId, attempt: 1 },
      settings,
    );
    expect(await getWebhookDeliveryById(context(), waitingId)).toMatchObject({
      status: 'dead',
      attempts: 0,
      lastError: expect.stringMatching(/^Not sent: the endpoint is disabled/),
    });
    expect((await publishBreach(test.database, org.organization.id)).deliveryIds).toEqual([]);
    expect(receiver.received).toHaveLength(1);
  });

  it('counts failures in a row, heals on a success, and disables after failing over a day', async () => {
    const settings = localSettings({
      now: clock.now,
      disablePolicy: { consecutiveFailures: 3, overHours: 24 },
    });
    const { endpoint, secret } = await addEndpoint(test.database, org, receiver.url(), settings);
    receiver.useSecret(secret);
    const health = () => getWebhookEndpointById(context(), endpoint.id);
    receiver.answerWith(500, 500, 200);
    await deliverFirst(settings);
    await deliverFirst(settings);
    expect(await health()).toMatchObject({ enabled: true, consecutiveFailures: 2 });
    await deliverFirst(settings);
    expect(await health()).toMatchObject({ consecutiveFailures: 0, failingSince: null });

    // Hours later the receiver (on real time) refuses every timestamp: failures only.
    receiver.answerWith();
    for (const hours of [1, 2, 3]) {
      clock.advance(hours * 3600);
      await deliverFirst(settings);
    }
    expect(await health()).toMatchObject({ enabled: true, consecutiveFailures: 3 });
    clock.advance(21 * 3600);
    const last = await deliverFirst(settings);
    expect(last).toMatchObject({ status: 'dead', nextAttemptAt: null });
    expect(last.lastError).toMatch(
      /the endpoint was disabled: Disabled after 4 failed attempts in a row since/,
    );
    expect(await health()).toMatchObject({ enabled: false, consecutiveFailures: 4 });
  });
});

describe('secret rotation', () => {
  it('signs with the new and the previous secret for a day, so either verifies', async () => {
    const settings = localSettings({ now: clock.now });
    const { endpoint, secret: oldSecret } = await addEndpoint(
      test.database,
      org,
      receiver.url(),
      settings,
    );
    const rotated = await rotateWebhookSecret(context(), endpoint.id, clock.now());
    expect(rotated.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(rotated.secret).not.toBe(oldSecret);
    receiver.useSecret(rotated.secret);
    await deliverFirst(settings);
    const [request] = receiver.received;
    if (!request) throw new Error('nothing received');
    expect(request.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [oldSecret, rotated.secret]) {
      expect(() => new Webhook(secret).verify(request.body, request.headers)).not.toThrow();
    }

    // A day later only the new secret signs (the receiver, on real time, refuses the timestamp).
    clock.advance(25 * 3600);
    receiver.reset();
    await deliverFirst(settings);
    const [later] = receiver.received;
    expect(later?.headers['webhook-signature']?.split(' ')).toHaveLength(1);
  });
});
