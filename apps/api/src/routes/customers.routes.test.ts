import {
  insertOrganization,
  signIn,
  type TSignedIn,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
});
afterAll(() => stopApiTest({ app, test }));

async function create(payload: Record<string, unknown>, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/customers',
    headers: { ...admin.headers, ...headers },
    payload,
  });
}

describe('customers', () => {
  it('creates a customer with its external ids and finds it by name, e-mail or external id', async () => {
    const created = await create({
      name: 'Fabrikam Ltd',
      segment: 'Mid-market',
      relationshipLevel: 'solution',
      ownerUserId: org.admin.id,
      externalKeys: [{ source: 'erp', externalId: 'FAB-001' }],
    });
    expect(created.statusCode).toBe(201);
    const customer = created.json();
    expect(customer).toMatchObject({ status: 'active', ownerName: 'Ada Admin' });
    await app.inject({
      method: 'POST',
      url: `/api/customers/${customer.id}/contacts`,
      headers: admin.headers,
      payload: { name: 'Grace Hopper', email: 'Grace@Fabrikam.test', isPrimary: true },
    });
    for (const q of ['fabri', 'grace@fabrikam', 'FAB-0']) {
      const found = await app.inject({ url: `/api/customers?q=${q}`, headers: admin.headers });
      expect(
        found.json().items.map((item: { id: string }) => item.id),
        q,
      ).toEqual([customer.id]);
    }
  });

  it('keeps the churn rules: a churned customer has a date, only it has a reason', async () => {
    const missing = await create({ name: 'Gone Inc', status: 'churned' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { pointer: '/churnedOn', message: 'is required when churned' },
    ]);
    const customer = (await create({ name: 'Leaving Co', startedOn: '2024-02-01' })).json();
    const churned = await app.inject({
      method: 'PATCH',
      url: `/api/customers/${customer.id}`,
      headers: admin.headers,
      payload: { status: 'churned', churnedOn: '2026-01-31', churnReason: 'poor service' },
    });
    expect(churned.json()).toMatchObject({ status: 'churned', churnReason: 'poor service' });
    const back = await app.inject({
      method: 'PATCH',
      url: `/api/customers/${customer.id}`,
      headers: admin.headers,
      payload: { status: 'active' },
    });
    expect(back.statusCode).toBe(400);
    const audit = await app.inject({
      url: '/api/audit?subjectType=customer',
      headers: admin.headers,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'customer.updated',
      changes: { status: { from: 'active', to: 'churned' } },
    });
  });

  it('refuses an external id another customer holds', async () => {
    await create({ name: 'First', externalKeys: [{ source: 'crm', externalId: 'SAME' }] });
    const second = await create({
      name: 'Second',
      externalKeys: [{ source: 'crm', externalId: 'SAME' }],
    });
    expect(second.statusCode).toBe(409);
  });

  it('creates once per Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'create-once' };
    const first = await create({ name: 'Once Only' }, headers);
    const retry = await create({ name: 'Once Only' }, headers);
    expect(retry.json().id).toBe(first.json().id);
    const list = await app.inject({ url: '/api/customers?q=Once Only', headers: admin.headers });
    expect(list.json().items).toHaveLength(1);
  });

  it('pages through customers by name without repeats', async () => {
    for (const name of ['Alpha', 'alpha', 'Beta', 'Gamma']) await create({ name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (
        await app.inject({ url: `/api/customers?limit=2${query}`, headers: admin.headers })
      ).json();
      seen.push(...page.items.map((item: { name: string }) => item.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map((name) => name.toLowerCase())).toEqual(
      [...seen.map((name) => name.toLowerCase())].sort(),
    );
  });

  it('answers 404 for a customer of another organisation', async () => {
    const other = await insertOrganization(test.database);
    const otherAdmin = await signIn(app, other.admin.email);
    const mine = (await create({ name: 'Private' })).json();
    const response = await app.inject({
      url: `/api/customers/${mine.id}`,
      headers: otherAdmin.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('the timeline', () => {
  let customerId: string;
  const departments: Record<string, string> = {};

  beforeAll(async () => {
    customerId = (
      await create({ name: 'Timeline Co', externalKeys: [{ source: 'erp', externalId: 'T-1' }] })
    ).json().id;
    const { withTenant, schema, newId } = await import('@customeric/db');
    await withTenant(test.database, org.organization.id, async (tx) => {
      for (const name of ['Sales', 'Billing', 'Delivery']) {
        departments[name] = newId('dep');
        await tx.insert(schema.departments).values({
          orgId: org.organization.id,
          id: departments[name],
          name,
          function: name.toLowerCase(),
          customerFacing: true,
        });
      }
    });
    await app.inject({
      method: 'POST',
      url: '/api/event-mappings',
      headers: admin.headers,
      payload: { typePattern: 'invoice.*', departmentId: departments.Billing },
    });
    const events = Array.from({ length: 25 }, (_, index) => ({
      source: 'erp',
      externalId: `T-${index}`,
      customer: { externalId: 'T-1' },
      type: ['order.placed', 'invoice.issued', 'delivery.completed'][index % 3],
      department: index % 3 === 0 ? 'sales' : index % 3 === 2 ? departments.Delivery : undefined,
      occurredAt: new Date(Date.UTC(2026, 0, 1 + index, 12)).toISOString(),
    }));
    const ingest = await app.inject({
      method: 'POST',
      url: '/api/events:batch',
      headers: admin.headers,
      payload: { events },
    });
    expect(ingest.json()).toMatchObject({ accepted: 25, rejected: 0 });
  });

  it('lists every event newest first, page by page, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (
        await app.inject({
          url: `/api/customers/${customerId}/timeline?limit=10${query}`,
          headers: admin.headers,
        })
      ).json();
      seen.push(...page.items.map((item: { occurredAt: string }) => item.occurredAt));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(seen).toEqual([...seen].sort().reverse());
  });

  it('filters by department (named, or placed by a mapping rule), type and period', async () => {
    const get = async (query: string) =>
      (
        await app.inject({
          url: `/api/customers/${customerId}/timeline?${query}`,
          headers: admin.headers,
        })
      ).json().items;
    expect(await get(`department=${departments.Billing}`)).toHaveLength(8);
    expect(
      (await get('type=order.*')).every(
        (item: { departmentId: string }) => item.departmentId === departments.Sales,
      ),
    ).toBe(true);
    expect(await get('from=2026-01-10&to=2026-01-12')).toHaveLength(3);
    expect(
      (
        await app.inject({
          url: `/api/customers/${customerId}/timeline?cursor=nope`,
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(400);
  });

  it('summarises the departments the customer passed through, in order of first contact', async () => {
    const summary = (
      await app.inject({
        url: `/api/customers/${customerId}/timeline/summary`,
        headers: admin.headers,
      })
    ).json();
    expect(summary, JSON.stringify(summary)).toMatchObject({ total: 25 });
    expect(
      summary.departments.map((department: { name: string; count: number }) => [
        department.name,
        department.count,
      ]),
    ).toEqual([
      ['Sales', 9],
      ['Billing', 8],
      ['Delivery', 8],
    ]);
    expect(summary.types[0]).toEqual({ type: 'order.placed', count: 9 });
  });
});
