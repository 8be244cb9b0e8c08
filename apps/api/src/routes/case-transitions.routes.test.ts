import type { TCase } from '@customeric/contracts';
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

const STATUSES = [
  'new',
  'in_progress',
  'waiting_customer',
  'waiting_supplier',
  'resolved',
  'closed',
] as const;
type TStatus = (typeof STATUSES)[number];

/** The rule written out by hand: open and waiting move freely and resolve; resolved reopens or closes; closed is final. */
const ALLOWED: Record<TStatus, TStatus[]> = {
  new: ['in_progress', 'waiting_customer', 'waiting_supplier', 'resolved'],
  in_progress: ['new', 'waiting_customer', 'waiting_supplier', 'resolved'],
  waiting_customer: ['new', 'in_progress', 'waiting_supplier', 'resolved'],
  waiting_supplier: ['new', 'in_progress', 'waiting_customer', 'resolved'],
  resolved: ['new', 'in_progress', 'closed'],
  closed: [],
};

/** How a fresh case gets to each status. */
const PATH: Record<TStatus, TStatus[]> = {
  new: [],
  in_progress: ['in_progress'],
  waiting_customer: ['waiting_customer'],
  waiting_supplier: ['waiting_supplier'],
  resolved: ['resolved'],
  closed: ['resolved', 'closed'],
};

function move(caseId: string, payload: Record<string, unknown>) {
  return started.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/transitions`,
    headers: world.agent.headers,
    payload,
  });
}

async function caseIn(status: TStatus): Promise<TCase> {
  const opened = await openCase(started.app, world.agent, {
    customerId: world.customerId,
    subject: `A case in ${status}`,
  });
  for (const to of PATH[status]) {
    const response = await move(opened.id, { to, rootCause: 'A typo in the price list' });
    if (response.statusCode !== 200) throw new Error(`to ${to}: ${response.body}`);
  }
  return opened;
}

const pairs = STATUSES.flatMap((from) =>
  STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const),
);

describe('every transition between the default statuses', () => {
  it.each(pairs)('%s → %s allowed: %s', async (from, to, allowed) => {
    const theCase = await caseIn(from);
    const response = await move(theCase.id, { to, rootCause: 'Wrong unit price' });
    if (allowed) {
      expect(response.statusCode).toBe(200);
      expect(response.json().statusKey).toBe(to);
      return;
    }
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe('invalid_transition');
    expect(problem.errors).toEqual([
      { pointer: '/to', message: `allowed: ${ALLOWED[from].join(', ') || 'none'}` },
    ]);
    expect(problem.detail).toMatch(/Allowed from here: /);
  });
});

describe('what a transition records', () => {
  it('needs a root cause to resolve, keeps it, and clears it when the case is reopened', async () => {
    const theCase = await caseIn('in_progress');
    const without = await move(theCase.id, { to: 'resolved' });
    expect(without.statusCode).toBe(400);
    expect(without.json().errors).toEqual([
      { pointer: '/rootCause', message: 'is required to resolve a case' },
    ]);
    const resolved = (
      await move(theCase.id, { to: 'resolved', rootCause: 'Price list typo' })
    ).json();
    expect(resolved).toMatchObject({ statusCategory: 'resolved', rootCause: 'Price list typo' });
    expect(resolved.resolvedAt).not.toBeNull();
    const reopened = (await move(theCase.id, { to: 'in_progress' })).json();
    expect(reopened).toMatchObject({ statusCategory: 'open', rootCause: null, resolvedAt: null });
    await move(theCase.id, { to: 'resolved', rootCause: 'Second look: a wrong discount' });
    const closed = (await move(theCase.id, { to: 'closed' })).json();
    expect(closed).toMatchObject({
      statusKey: 'closed',
      rootCause: 'Second look: a wrong discount',
    });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.version).toBe(6);
  });

  it('refuses a time in the future and a stale If-Match', async () => {
    const theCase = await caseIn('new');
    const future = await move(theCase.id, { to: 'in_progress', at: '2999-01-01T00:00:00Z' });
    expect(future.statusCode).toBe(400);
    const stale = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${theCase.id}/transitions`,
      headers: { ...world.agent.headers, 'if-match': '"7"' },
      payload: { to: 'in_progress' },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('moves a case to a status the organisation added, by its group', async () => {
    const added = await started.app.inject({
      method: 'POST',
      url: '/api/case-statuses',
      headers: started.admin.headers,
      payload: { key: 'waiting_parts', name: 'Waiting for parts', category: 'waiting' },
    });
    expect(added.statusCode).toBe(201);
    const theCase = await caseIn('in_progress');
    expect((await move(theCase.id, { to: 'waiting_parts' })).json().statusName).toBe(
      'Waiting for parts',
    );
    const archived = await started.app.inject({
      method: 'PATCH',
      url: '/api/case-statuses/waiting_parts',
      headers: started.admin.headers,
      payload: { archived: true },
    });
    expect(archived.json()).toMatchObject({ archived: true, caseCount: 1 });
    const back = await caseIn('new');
    expect((await move(back.id, { to: 'waiting_parts' })).statusCode).toBe(422);
  });
});
