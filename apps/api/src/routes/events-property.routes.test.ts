import { createApiKey, createCustomer } from '@customeric/services';
import { createTestDatabase, insertOrganization, type TTestDatabase } from '@customeric/testing';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let bearer: { authorization: string };
let customerId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({ database: test.database });
  const org = await insertOrganization(test.database);
  const context = { database: test.database, actor: org.actor };
  const key = await createApiKey(context, {
    name: 'fuzz',
    scopes: ['events.write', 'events.read'],
  });
  bearer = { authorization: `Bearer ${key.secret}` };
  customerId = (
    await createCustomer(context, {
      name: 'Fuzzed',
      segment: null,
      relationshipLevel: 'transactional',
      ownerUserId: null,
      status: 'active',
      startedOn: null,
      churnedOn: null,
      churnReason: null,
      externalKeys: [{ source: 'fuzz', externalId: 'F-1' }],
    })
  ).id;
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

/** Events that are nearly right, with every field now and then replaced by anything at all. */
function nearlyValidEvent() {
  const field = <T>(good: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 4, arbitrary: good }, fc.anything());
  return fc.record(
    {
      source: field(fc.constantFrom('fuzz', 'erp', '')),
      externalId: field(fc.string({ minLength: 1, maxLength: 12 })),
      customer: field(fc.constantFrom(customerId, { externalId: 'F-1' }, 'cus_unknown')),
      type: field(fc.constantFrom('order.placed', 'Visit', 'a b')),
      occurredAt: field(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString()),
      ),
      amount: field(fc.oneof(fc.double(), fc.integer(), fc.constant(null))),
      department: field(fc.constantFrom('Nowhere', undefined)),
      attributes: field(fc.jsonValue()),
    },
    { requiredKeys: [] },
  );
}

const PROTOTYPE_KEY = /"(__proto__|constructor)":/;

describe('POST /api/events:batch on any input (property-based)', () => {
  it('refuses a body with a __proto__ key as a whole, as a problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/events:batch',
      headers: { ...bearer, 'content-type': 'application/json' },
      payload: '{"events":[{"attributes":{"__proto__":[]}}]}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('bad_request');
  });

  it('answers 200 with one clear result per event, and stores exactly the accepted ones', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.oneof(nearlyValidEvent(), fc.anything()), { minLength: 1, maxLength: 25 })
          // Bodies with __proto__ or constructor keys are refused whole, on purpose (below).
          .filter((events) => !PROTOTYPE_KEY.test(JSON.stringify(events))),
        async (events) => {
          const response = await app.inject({
            method: 'POST',
            url: '/api/events:batch',
            headers: bearer,
            payload: { events },
          });
          expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
          const body = response.json();
          expect(body.results).toHaveLength(events.length);
          for (const result of body.results) {
            if (result.status === 'rejected') expect(result.problems.length).toBeGreaterThan(0);
            if (result.status === 'accepted') expect(result.id).toMatch(/^evt_\d+$/);
          }
          expect(body.accepted + body.duplicate + body.rejected).toBe(events.length);
          accepted += body.accepted;
        },
      ),
      { numRuns: 60 },
    );
    const stats = await app.inject({ url: '/api/events/stats', headers: bearer });
    expect(stats.json().totalEvents).toBe(accepted);
  });
});
