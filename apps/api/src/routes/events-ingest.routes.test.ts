import { createApiKey, createCustomer } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let bearer: { authorization: string };
let customerId: string;
let apiKeyId: string;

const event = (externalId: string, changes: Record<string, unknown> = {}) => ({
  source: 'erp',
  externalId,
  customer: { externalId: 'C-100' },
  type: 'invoice.issued',
  occurredAt: '2026-03-02T10:00:00Z',
  amount: 120.5,
  ...changes,
});

async function countEvents(): Promise<number> {
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  await owner.query('BEGIN');
  await owner.query("SELECT set_config('app.org_id', $1, true)", [org.organization.id]);
  const { rows } = await owner.query('SELECT count(*)::int AS n FROM events');
  await owner.end();
  return rows[0].n;
}

const postBatch = (events: unknown[], headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/events:batch',
    headers: { ...bearer, ...headers },
    payload: { events },
  });

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({ database: test.database });
  org = await insertOrganization(test.database);
  const context = { database: test.database, actor: org.actor };
  const { secret, apiKey } = await createApiKey(context, { name: 'ERP', scopes: ['events.write'] });
  apiKeyId = apiKey.id;
  bearer = { authorization: `Bearer ${secret}` };
  const customer = await createCustomer(context, {
    name: 'Northwind',
    segment: null,
    relationshipLevel: 'solution',
    ownerUserId: null,
    status: 'active',
    startedOn: null,
    churnedOn: null,
    churnReason: null,
    externalKeys: [{ source: 'erp', externalId: 'C-100' }],
  });
  customerId = customer.id;
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe('POST /api/events:batch', () => {
  it('keeps the good events of a batch and names the problem of each bad one', async () => {
    const response = await postBatch([
      event('INV-1'),
      event('INV-2', { occurredAt: 'yesterday' }),
      event('INV-3', { customer: { externalId: 'C-404' } }),
      event('INV-1'),
      event('INV-4', { customer: customerId, type: 'Order.Placed' }),
      'not an event',
    ]);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ accepted: 2, duplicate: 1, rejected: 3 });
    expect(body.results.map((result: { status: string }) => result.status)).toEqual([
      'accepted',
      'rejected',
      'rejected',
      'duplicate',
      'accepted',
      'rejected',
    ]);
    expect(body.results[0].id).toMatch(/^evt_\d+$/);
    expect(body.results[1].problems).toEqual([
      {
        pointer: '/occurredAt',
        message: 'must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z',
      },
    ]);
    expect(body.results[2].problems[0].message).toBe('no customer has the id C-404 in erp');
    expect(await countEvents()).toBe(2);
  });

  it('answers a retry of the same batch with duplicates and stores nothing twice', async () => {
    const again = await postBatch([event('INV-1'), event('INV-4', { customer: customerId })]);
    expect(again.json()).toMatchObject({ accepted: 0, duplicate: 2, rejected: 0 });
    expect(await countEvents()).toBe(2);
  });

  it('refuses more than 10,000 events at once, and an API key without events.write', async () => {
    const many = Array.from({ length: 10_001 }, (_, index) => event(`X-${index}`));
    const tooMany = await postBatch(many);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().errors[0]).toMatchObject({ pointer: '/events' });
    const { secret } = await createApiKey(
      { database: test.database, actor: org.actor },
      { name: 'reader', scopes: ['events.read'] },
    );
    const denied = await app.inject({
      method: 'POST',
      url: '/api/events:batch',
      headers: { authorization: `Bearer ${secret}` },
      payload: { events: [event('Y-1')] },
    });
    expect(denied.statusCode).toBe(403);
  });
});

describe('Idempotency-Key', () => {
  it('gives the stored answer to a retry, 422 to another body under the same key', async () => {
    const headers = { 'idempotency-key': '"batch-0001"' };
    const first = await postBatch([event('IK-1')], headers);
    const second = await postBatch([event('IK-1')], headers);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    // The retry sees "accepted", as the first answer said, not "duplicate".
    expect(second.json()).toEqual(first.json());
    const other = await postBatch([event('IK-2')], headers);
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
  });

  it('answers 409 while a request with the same key is still running', async () => {
    const holder = new pg.Client({ connectionString: test.ownerUrl });
    await holder.connect();
    const lock = `${org.organization.id}/${apiKeyId}/busy-key`;
    await holder.query('SELECT pg_advisory_lock(hashtextextended($1, 7311))', [lock]);
    const busy = await postBatch([event('IK-3')], { 'idempotency-key': 'busy-key' });
    await holder.end();
    expect(busy.statusCode).toBe(409);
    const after = await postBatch([event('IK-3')], { 'idempotency-key': 'busy-key' });
    expect(after.statusCode).toBe(200);
  });

  it('refuses a malformed key', async () => {
    const response = await postBatch([event('IK-4')], { 'idempotency-key': '""' });
    expect(response.statusCode).toBe(400);
  });
});
