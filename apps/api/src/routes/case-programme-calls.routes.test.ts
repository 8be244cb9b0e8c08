import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createProgrammeWorld, type TProgrammeWorld } from '../testing/programme-world.ts';

let started: TApiTest;
let world: TProgrammeWorld;

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createProgrammeWorld(started);
});
afterAll(() => stopApiTest(started));

const logCall = (payload: Record<string, unknown>) =>
  started.app.inject({
    method: 'POST',
    url: '/api/case-programme/calls',
    headers: world.anaIn.headers,
    payload,
  });

describe('calls listened to and the learnings', () => {
  it('logs a call with what was learned and shows it in the feed, newest day first', async () => {
    const handled = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${world.unpickedCaseId}/personal-handlings`,
      headers: world.benIn.headers,
      payload: { notes: 'Called Hooli back myself.' },
    });
    expect(handled.statusCode).toBe(201);
    const response = await logCall({
      listenedOn: new Date().toISOString().slice(0, 10),
      customerId: world.customers.initech,
      departmentId: world.departments.service,
      minutes: 12,
      learned: 'The customer had explained the same problem three times to three people.',
    });
    expect(response.statusCode).toBe(201);
    const feed = await started.app.inject({
      url: '/api/case-programme/learnings?limit=1',
      headers: world.benIn.headers,
    });
    // Today's handling first, then the call (dated today, without a time of day).
    expect(feed.json().items).toMatchObject([
      { kind: 'handling', caseSubject: 'Hooli question', handling: { userName: 'Ben CEO' } },
    ]);
    const next = await started.app.inject({
      url: `/api/case-programme/learnings?limit=1&cursor=${feed.json().nextCursor}`,
      headers: world.benIn.headers,
    });
    expect(next.json()).toMatchObject({
      items: [
        {
          kind: 'call',
          call: { userName: 'Ana Head of Billing', customerName: 'Initech', minutes: 12 },
        },
      ],
      nextCursor: null,
    });
  });

  it('refuses a call in the future and a case of another customer', async () => {
    const base = { customerId: world.customers.hooli, learned: 'Something' };
    const future = await logCall({ ...base, listenedOn: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    const initechCase = await started.app.inject({
      url: `/api/cases?customerId=${world.customers.initech}`,
      headers: world.agent.headers,
    });
    const wrong = await logCall({
      ...base,
      listenedOn: '2026-01-05',
      caseId: initechCase.json().items[0].id,
    });
    expect(wrong.json().errors).toEqual([
      { pointer: '/caseId', message: 'is not a case of the customer' },
    ]);
  });

  it('is for people who lead: an employee may not log one', async () => {
    const response = await started.app.inject({
      method: 'POST',
      url: '/api/case-programme/calls',
      headers: world.agent.headers,
      payload: { listenedOn: '2026-01-05', customerId: world.customers.hooli, learned: 'x' },
    });
    expect(response.statusCode).toBe(403);
  });
});
