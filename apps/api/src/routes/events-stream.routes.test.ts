import { Readable } from 'node:stream';
import { createApiKey, createCustomer } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import { CloudEvent, emitterFor, httpTransport, Mode } from 'cloudevents';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let bearer: { authorization: string };
let customerId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({ database: test.database });
  org = await insertOrganization(test.database);
  const context = { database: test.database, actor: org.actor };
  const { secret } = await createApiKey(context, {
    name: 'sync',
    scopes: ['events.write', 'events.read'],
  });
  bearer = { authorization: `Bearer ${secret}` };
  const customer = await createCustomer(context, {
    name: 'Contoso',
    segment: 'Enterprise',
    relationshipLevel: 'partnership',
    ownerUserId: null,
    status: 'active',
    startedOn: '2025-01-01',
    churnedOn: null,
    churnReason: null,
    externalKeys: [{ source: 'crm', externalId: 'ACC-7' }],
  });
  customerId = customer.id;
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

const line = (externalId: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    source: 'crm',
    externalId,
    customer: { externalId: 'ACC-7' },
    type: 'call.completed',
    occurredAt: '2026-04-01T09:00:00Z',
    ...extra,
  });

describe('POST /api/events:stream', () => {
  it('reads NDJSON as it arrives and reports each rejected line with its reason', async () => {
    const body = [
      line('S-1'),
      '{broken',
      '',
      line('S-2', { amount: 'lots' }),
      line('S-3'),
      line('S-1'),
    ].join('\n');
    const response = await app.inject({
      method: 'POST',
      url: '/api/events:stream',
      headers: { ...bearer, 'content-type': 'application/x-ndjson' },
      payload: Readable.from([body.slice(0, 50), body.slice(50)]),
    });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({
      rows: 5,
      accepted: 2,
      duplicate: 1,
      rejected: 2,
      rejectedRowsOmitted: 0,
    });
    expect(result.rejectedRows).toEqual([
      {
        line: 2,
        externalId: null,
        reason: expect.stringMatching(/^is not valid JSON/),
        raw: '{broken',
      },
      {
        line: 4,
        externalId: 'S-2',
        reason: '/amount: must be a number below 10 000 000 000 000',
        raw: line('S-2', { amount: 'lots' }),
      },
    ]);
  });

  it('reads CSV with a header row; extra columns become attributes', async () => {
    const csv = [
      'source,externalId,customerExternalId,customerSource,type,occurredAt,amount,channel',
      'crm,C-1,ACC-7,crm,order.placed,2026-04-02T10:00:00Z,99.90,web',
      'crm,C-2,ACC-8,crm,order.placed,2026-04-02T11:00:00Z,,phone',
    ].join('\r\n');
    const response = await app.inject({
      method: 'POST',
      url: '/api/events:stream',
      headers: { ...bearer, 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
    expect(response.json()).toMatchObject({
      rows: 2,
      accepted: 1,
      rejected: 1,
      rejectedRows: [
        { line: 3, externalId: 'C-2', reason: '/customer: no customer has the id ACC-8 in crm' },
      ],
    });
    const recent = await app.inject({ url: '/api/events?limit=1&type=order.*', headers: bearer });
    expect(recent.json().items[0]).toMatchObject({
      externalId: 'C-1',
      amount: 99.9,
      attributes: { channel: 'web' },
      customerId,
    });
  });

  it('takes an Idempotency-Key on a stream: the retry gets the first answer', async () => {
    const send = (body: string) =>
      app.inject({
        method: 'POST',
        url: '/api/events:stream',
        headers: {
          ...bearer,
          'content-type': 'application/x-ndjson',
          'idempotency-key': '"stream-1"',
        },
        payload: body,
      });
    const body = `${line('K-1')}\n${line('K-2')}\n`;
    const first = await send(body);
    const retry = await send(body);
    expect(retry.json()).toEqual(first.json());
    expect(first.json().accepted).toBe(2);
    expect((await send(`${line('K-3')}\n`)).statusCode).toBe(422);
  });

  it('refuses JSON sent to the stream', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/events:stream',
      headers: bearer,
      payload: { events: [] },
    });
    expect(response.statusCode).toBe(415);
  });
});

describe('CloudEvents, sent with the official cloudevents SDK', () => {
  let url: string;
  beforeAll(async () => {
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  const cloudEvent = (id: string, subject = 'ACC-7') =>
    new CloudEvent({
      specversion: '1.0',
      id,
      source: 'crm',
      type: 'email.sent',
      time: '2026-04-03T08:00:00Z',
      subject,
      datacontenttype: 'application/json',
      data: { amount: 0, topic: 'renewal' },
    });

  it.each([
    ['structured', Mode.STRUCTURED],
    ['binary', Mode.BINARY],
  ])('stores an event sent in %s mode, once', async (name, mode) => {
    const emit = emitterFor(httpTransport(`${url}/api/events:cloudevents`), { mode });
    const options = { headers: bearer } as never;
    await emit(cloudEvent(`CE-${name}`), options);
    await emit(cloudEvent(`CE-${name}`), options);
    const recent = await app.inject({
      url: '/api/events?limit=5&source=crm&type=email.sent',
      headers: bearer,
    });
    const stored = recent
      .json()
      .items.filter((item: { externalId: string }) => item.externalId === `CE-${name}`);
    expect(stored).toEqual([
      expect.objectContaining({
        customerId,
        occurredAt: '2026-04-03T08:00:00.000Z',
        attributes: { topic: 'renewal' },
      }),
    ]);
  });

  it('takes a batch, answering each event, and refuses a lone bad event with 400', async () => {
    const batch = await fetch(`${url}/api/events:cloudevents`, {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/cloudevents-batch+json' },
      body: JSON.stringify([
        cloudEvent('CE-b1'),
        cloudEvent('CE-b2', 'nobody'),
        { specversion: '0.3' },
      ]),
    });
    const result = await batch.json();
    expect(result.results.map((entry: { status: string }) => entry.status)).toEqual([
      'accepted',
      'rejected',
      'rejected',
    ]);
    expect(result.results[2].problems).toEqual([
      { pointer: '/specversion', message: 'must be "1.0" (CloudEvents 1.0)' },
    ]);
    const emit = emitterFor(httpTransport(`${url}/api/events:cloudevents`), {
      mode: Mode.STRUCTURED,
    });
    // The SDK hands back the answer as it came: a 400 problem naming the customer.
    const answer = (await emit(cloudEvent('CE-bad', 'nobody'), { headers: bearer } as never)) as {
      body: string;
    };
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 400,
      errors: [{ pointer: '/customer', message: 'no customer has the id nobody in crm' }],
    });
  });
});
