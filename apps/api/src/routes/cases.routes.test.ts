import type { TCase, TCaseDetail, TPage } from '@customeric/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
});
afterAll(() => stopApiTest(started));

const patch = (caseId: string, payload: Record<string, unknown>, ifMatch?: string) =>
  started.app.inject({
    method: 'PATCH',
    url: `/api/cases/${caseId}`,
    headers: { ...world.agent.headers, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
    payload,
  });

describe('opening and reading cases', () => {
  it('opens a case in the initial status, the opener keeping the customer contact', async () => {
    const opened = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Invoice does not match the order',
      category: 'billing',
      departmentId: world.departments.service,
    });
    expect(opened).toMatchObject({
      customerName: 'Globex',
      statusKey: 'new',
      statusName: 'New',
      statusCategory: 'open',
      priority: 'normal',
      departmentName: 'Customer Service',
      frontOwnerUserId: world.people.agent.id,
      frontOwnerName: 'Sofia Agent',
      sourceKind: 'manual',
      version: 1,
      handoffCount: 0,
    });
    const detail = await started.app.inject({
      url: `/api/cases/${opened.id}`,
      headers: world.agent.headers,
    });
    expect(detail.headers.etag).toBe('"1"');
    const body = detail.json() as TCaseDetail;
    expect(body.allowedTransitions.map((status) => status.key)).toEqual([
      'in_progress',
      'waiting_customer',
      'waiting_supplier',
      'resolved',
    ]);
  });

  it('refuses a customer of nobody, and says which field', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: world.agent.headers,
      payload: { customerId: 'cus_00000000000000000000000000', subject: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { pointer: '/customerId', message: 'is not a customer of this organisation' },
    ]);
  });

  it('lists with filters, sorts and pages without repeating a case', async () => {
    for (const [subject, priority] of [
      ['Late pallet', 'urgent'],
      ['Broken widget', 'low'],
      ['Wrong quantity', 'high'],
    ] as const)
      await openCase(started.app, world.agent, {
        customerId: world.customerId,
        subject,
        priority,
        category: 'delivery',
        ownerUserId: world.people.driver.id,
      });
    const list = async (query: string) =>
      (
        await started.app.inject({ url: `/api/cases?${query}`, headers: world.agent.headers })
      ).json() as TPage<TCase>;
    const urgentFirst = await list('category=delivery&sort=-priority');
    expect(urgentFirst.items.map((item) => item.subject)).toEqual([
      'Late pallet',
      'Wrong quantity',
      'Broken widget',
    ]);
    expect((await list('q=pallet')).items.map((item) => item.subject)).toEqual(['Late pallet']);
    expect((await list(`ownerUserId=${world.people.driver.id}`)).items).toHaveLength(3);
    expect((await list('ownerUserId=none')).items.map((item) => item.subject)).toEqual([
      'Invoice does not match the order',
    ]);
    const first = await list('limit=2&sort=subject');
    const second = await list(`limit=2&sort=subject&cursor=${first.nextCursor}`);
    const subjects = [...first.items, ...second.items].map((item) => item.subject);
    expect(subjects).toEqual([
      'Broken widget',
      'Invoice does not match the order',
      'Late pallet',
      'Wrong quantity',
    ]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('optimistic concurrency', () => {
  let theCase: TCase;
  beforeAll(async () => {
    theCase = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Two people edit this at once',
    });
  });

  it('keeps the first writer’s change and answers the second with 409', async () => {
    const [first, second] = await Promise.all([
      patch(theCase.id, { priority: 'urgent' }, '"1"'),
      patch(theCase.id, { subject: 'Overwritten?' }, '"1"'),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({ code: 'edit_conflict', status: 409 });
    expect(loser.json().detail).toMatch(/you have version 1, it is now at 2/);
    const now = (
      await started.app.inject({ url: `/api/cases/${theCase.id}`, headers: world.agent.headers })
    ).json() as TCaseDetail;
    expect(now.case.version).toBe(2);
    const winner = first.statusCode === 200 ? 'priority' : 'subject';
    if (winner === 'priority')
      expect(now.case).toMatchObject({ priority: 'urgent', subject: theCase.subject });
    else expect(now.case).toMatchObject({ priority: 'normal', subject: 'Overwritten?' });
  });

  it('takes the version from the body too, and answers the new ETag', async () => {
    const response = await patch(theCase.id, { description: 'Called twice', version: 2 });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"3"');
  });

  it('asks for a version when none is given (428), and refuses a garbled If-Match', async () => {
    const missing = await patch(theCase.id, { priority: 'low' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');
    const garbled = await patch(theCase.id, { priority: 'low' }, 'yesterday');
    expect(garbled.statusCode).toBe(400);
  });
});
