import type { TCase, TPage } from '@customeric/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  const rule = await started.app.inject({
    method: 'POST',
    url: '/api/event-mappings',
    headers: started.admin.headers,
    payload: { typePattern: 'case.*', departmentId: world.departments.service },
  });
  expect(rule.statusCode).toBe(201);
});
afterAll(() => stopApiTest(started));

const send = (events: unknown[]) =>
  started.app.inject({
    method: 'POST',
    url: '/api/events:batch',
    headers: started.admin.headers,
    payload: { events },
  });

const event = (externalId: string, attributes: Record<string, unknown>) => ({
  source: 'crm',
  externalId,
  customer: world.customerId,
  type: 'case.opened',
  occurredAt: '2026-02-03T10:15:00Z',
  attributes,
});

describe('cases opened by case.opened events', () => {
  it('opens one case per new event, placed by the mapping rules, and never twice', async () => {
    const first = await send([
      event('T-1', { subject: 'Invoice question', category: 'billing', priority: 'high' }),
      event('T-2', {}),
      { ...event('T-3', {}), type: 'call.completed' },
    ]);
    expect(first.json()).toMatchObject({ accepted: 3 });
    const again = await send([event('T-1', { subject: 'Invoice question' })]);
    expect(again.json()).toMatchObject({ duplicate: 1 });
    const list = (
      await started.app.inject({
        url: '/api/cases?sourceKind=event&sort=subject',
        headers: world.agent.headers,
      })
    ).json() as TPage<TCase>;
    expect(
      list.items.map((item) => [
        item.subject,
        item.category,
        item.priority,
        item.departmentName,
        item.statusKey,
      ]),
    ).toEqual([
      ['Case T-2 from crm', 'other', 'normal', 'Customer Service', 'new'],
      ['Invoice question', 'billing', 'high', 'Customer Service', 'new'],
    ]);
    const ids = first.json().results.map((result: { id: string }) => result.id);
    expect(list.items.map((item) => item.sourceRef).sort()).toEqual([ids[0], ids[1]].sort());
    expect(list.items[0]?.openedAt).toBe('2026-02-03T10:15:00.000Z');
  });
});
