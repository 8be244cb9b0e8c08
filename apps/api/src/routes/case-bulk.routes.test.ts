import type { TCase } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;
let cases: TCase[];

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  cases = [];
  for (const subject of ['Dented lid', 'Missing manual', 'Wrong colour'])
    cases.push(await openCase(started.app, world.agent, { customerId: world.customerId, subject }));
});
afterAll(() => stopApiTest(started));

const bulk = (payload: Record<string, unknown>) =>
  started.app.inject({
    method: 'POST',
    url: '/api/cases:bulk',
    headers: world.agent.headers,
    payload,
  });

const current = async (id: string) =>
  (await started.app.inject({ url: `/api/cases/${id}`, headers: world.agent.headers })).json()
    .case as TCase;

describe('bulk actions on cases', () => {
  it('assigns many cases at once, and each new owner is told (recorded as skipped without SMTP)', async () => {
    const response = await bulk({
      ids: cases.map((one) => one.id),
      action: { kind: 'assign', ownerUserId: world.people.driver.id },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().updated).toBe(3);
    for (const one of cases)
      expect(await current(one.id)).toMatchObject({ ownerName: 'Tomasz Driver', version: 2 });
    const outbox = await withTenant(started.test.database, started.org.organization.id, (tx) =>
      tx.select().from(schema.mailOutbox),
    );
    expect(outbox.map((mail) => [mail.kind, mail.toAddress, mail.status])).toEqual(
      cases.map(() => ['case.assigned', world.people.driver.email, 'skipped']),
    );
  });

  it('sets the priority of many cases', async () => {
    const response = await bulk({
      ids: [cases[0]?.id],
      action: { kind: 'priority', priority: 'urgent' },
    });
    expect(response.json().items[0]).toMatchObject({ priority: 'urgent', version: 3 });
  });

  it('moves all or none: one case that may not move leaves every case as it was', async () => {
    const [first, second, third] = cases as [TCase, TCase, TCase];
    const closeFirst = await bulk({
      ids: [first.id],
      action: { kind: 'status', to: 'resolved', rootCause: 'Carrier' },
    });
    expect(closeFirst.statusCode).toBe(200);
    await bulk({ ids: [first.id], action: { kind: 'status', to: 'closed' } });
    const response = await bulk({
      ids: [second.id, first.id, third.id],
      action: { kind: 'status', to: 'in_progress' },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        pointer: '/ids/1',
        message: expect.stringMatching(/^Dented lid: A closed case cannot move to open/),
      },
    ]);
    expect((await current(second.id)).statusKey).toBe('new');
    expect((await current(third.id)).statusKey).toBe('new');
  });

  it('names each case that does not exist, and changes nothing', async () => {
    const ghost = 'cas_00000000000000000000000000';
    const response = await bulk({
      ids: [cases[1]?.id, ghost],
      action: { kind: 'priority', priority: 'low' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().errors).toEqual([
      { pointer: '/ids/1', message: `there is no case ${ghost}` },
    ]);
    expect((await current(cases[1]?.id as string)).priority).toBe('normal');
  });

  it('asks for a root cause before resolving many cases', async () => {
    const response = await bulk({
      ids: [cases[1]?.id, cases[2]?.id],
      action: { kind: 'status', to: 'resolved' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { pointer: string }) => error.pointer)).toEqual([
      '/ids/0',
      '/ids/1',
    ]);
  });
});

describe('saved views', () => {
  it('keeps a person’s views by name, replaces one saved again, and deletes it', async () => {
    const put = (name: string, filters: Record<string, string>) =>
      started.app.inject({
        method: 'PUT',
        url: `/api/case-views/${encodeURIComponent(name)}`,
        headers: world.agent.headers,
        payload: { filters, sort: '-priority' },
      });
    expect(
      (await put('My urgent cases', { ownerUserId: 'me', priority: 'urgent' })).statusCode,
    ).toBe(200);
    await put('My urgent cases', { ownerUserId: 'me', priority: 'high' });
    await put('Bounced', { bounced: 'true' });
    const views = (
      await started.app.inject({ url: '/api/case-views', headers: world.agent.headers })
    ).json();
    expect(
      views.items.map((view: { name: string; filters: unknown }) => [view.name, view.filters]),
    ).toEqual([
      ['Bounced', { bounced: 'true' }],
      ['My urgent cases', { ownerUserId: 'me', priority: 'high' }],
    ]);
    const others = (
      await started.app.inject({ url: '/api/case-views', headers: started.admin.headers })
    ).json();
    expect(others.items).toEqual([]);
    const removed = await started.app.inject({
      method: 'DELETE',
      url: '/api/case-views/Bounced',
      headers: world.agent.headers,
    });
    expect(removed.statusCode).toBe(204);
    const again = await started.app.inject({
      method: 'DELETE',
      url: '/api/case-views/Bounced',
      headers: world.agent.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it('refuses a filter the list does not know', async () => {
    const response = await started.app.inject({
      method: 'PUT',
      url: '/api/case-views/Odd',
      headers: world.agent.headers,
      payload: { filters: { colour: 'red' }, sort: 'subject' },
    });
    expect(response.statusCode).toBe(400);
  });
});
