import { withTenant } from '@customeric/db';
import { createWebhookEndpoint, readWebhookSettings, sweepDeadlines } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import {
  ANSWER_RULE,
  complaintEvent,
  ingest,
  insertPromiseWorld,
  runPromiseJobs,
} from '../testing/promises-kit.ts';

const HOUR = 3_600_000;
// Two days ago, on the hour: events lie in the past, the evaluations get a fake now.
const T = new Date(Math.floor(Date.now() / HOUR) * HOUR - 48 * HOUR);
const at = (hours: number) => new Date(T.getTime() + hours * HOUR);

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let world: { departmentId: string; customerId: string };
let promiseId: string;

const get = async (url: string) => (await app.inject({ url, headers: admin.headers })).json();

/** The webhook messages published so far, of one type, with their data. */
async function messagesOf(type: string) {
  const result = await withTenant(test.database, org.organization.id, (tx) =>
    tx.$client.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM webhook_messages WHERE type = $1 ORDER BY created_at',
      [type],
    ),
  );
  return result.rows.map((row) => row.data);
}

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  world = await insertPromiseWorld(test.database, org.organization.id, {
    headUserId: org.admin.id,
  });
  const created = await app.inject({
    method: 'POST',
    url: '/api/promises',
    headers: admin.headers,
    payload: {
      customerWording: 'You will get a first answer to any complaint within 4 hours.',
      internalName: 'First answer within 4 hours',
      ownerDepartmentId: world.departmentId,
      rule: ANSWER_RULE,
    },
  });
  promiseId = created.json().id;
  await runPromiseJobs(test.database, org.organization.id, at(0));
  // A public address literal: nothing is resolved, and the delivery jobs are not run here.
  await createWebhookEndpoint(
    { database: test.database, actor: org.actor },
    {
      url: 'https://93.184.215.14/hooks',
      description: 'breaches',
      eventTypes: ['promise.breached', 'promise.kept_late'],
    },
    readWebhookSettings({}),
  );
});
afterAll(() => stopApiTest({ app, test }));

describe('evaluation on live events', () => {
  it('turns ingested events into outcomes: one kept, one open until its deadline', async () => {
    await ingest(app, admin.headers, [
      complaintEvent(world.customerId, 'complaint.received', 'C-1', at(0)),
      complaintEvent(world.customerId, 'complaint.received', 'C-2', at(0)),
      complaintEvent(world.customerId, 'complaint.answered', 'C-2', at(1)),
    ]);
    await runPromiseJobs(test.database, org.organization.id, at(2));
    const page = await get(`/api/promise-outcomes?promiseId=${promiseId}`);
    const bySubject = Object.fromEntries(
      page.items.map((item: { subjectKey: string }) => [item.subjectKey, item]),
    );
    expect(bySubject['C-1']).toMatchObject({
      status: 'open',
      dueAt: at(4).toISOString(),
      customerId: world.customerId,
      departmentId: world.departmentId,
      segment: 'Small business',
      breachId: null,
    });
    expect(bySubject['C-2']).toMatchObject({ status: 'kept', resolvedAt: at(1).toISOString() });
  });

  it('leaves an outcome open before its deadline, and breaks it with a breach after', async () => {
    await sweepDeadlines(test.database, { orgId: org.organization.id, now: at(3) });
    expect((await get('/api/promise-breaches')).items).toEqual([]);
    const swept = await sweepDeadlines(test.database, { orgId: org.organization.id, now: at(5) });
    expect(swept.broken).toBe(1);
    const breaches = (await get('/api/promise-breaches')).items;
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      promiseId,
      promiseName: 'First answer within 4 hours',
      outcomeKey: expect.stringContaining('C-1'),
      customerId: world.customerId,
      accountableDepartmentId: world.departmentId,
      accountableUserId: org.admin.id,
      accountableUserName: 'Ada Admin',
      dueAt: at(4).toISOString(),
      brokenAt: at(4).toISOString(),
      detectedAt: at(5).toISOString(),
      withdrawnAt: null,
    });
    const detail = await get(`/api/promise-breaches/${breaches[0].id}`);
    expect(detail.evidence.map((event: { type: string }) => event.type)).toEqual([
      'complaint.received',
    ]);
    const outcome = (await get(`/api/promise-outcomes?promiseId=${promiseId}&status=broken`)).items;
    expect(outcome.map((item: { breachId: string }) => item.breachId)).toEqual([breaches[0].id]);
    expect(await messagesOf('promise.breached')).toEqual([
      expect.objectContaining({
        breachId: breaches[0].id,
        promiseName: 'First answer within 4 hours',
        accountableDepartmentId: world.departmentId,
        dueAt: at(4).toISOString(),
      }),
    ]);
  });

  it('withdraws the breach, with the reason, when a late event shows it was kept in time', async () => {
    await ingest(app, admin.headers, [
      complaintEvent(world.customerId, 'complaint.answered', 'C-1', at(3)),
    ]);
    await runPromiseJobs(test.database, org.organization.id, at(6));
    expect((await get('/api/promise-breaches')).items).toEqual([]);
    const withdrawn = (await get('/api/promise-breaches?state=withdrawn')).items;
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0].withdrawnReason).toMatch(/^Kept by a late event: complaint\.answered/);
    const outcome = (await get(`/api/promise-outcomes?promiseId=${promiseId}`)).items.find(
      (item: { subjectKey: string }) => item.subjectKey === 'C-1',
    );
    expect(outcome).toMatchObject({ status: 'kept', breachId: null });
    expect(await messagesOf('promise.kept_late')).toEqual([
      expect.objectContaining({ breachId: withdrawn[0].id, promiseId }),
    ]);
  });

  it('evaluates the same events twice to the same outcomes (replay of history)', async () => {
    const before = await get(`/api/promise-outcomes?promiseId=${promiseId}`);
    const started = await app.inject({
      method: 'POST',
      url: `/api/promises/${promiseId}/evaluations`,
      headers: admin.headers,
    });
    expect(started.statusCode).toBe(202);
    await runPromiseJobs(test.database, org.organization.id, at(6));
    const after = await get(`/api/promise-outcomes?promiseId=${promiseId}`);
    expect(after.items).toEqual(before.items);
    const evaluation = await get(`/api/promises/${promiseId}/evaluations/${started.json().id}`);
    expect(evaluation).toMatchObject({ status: 'succeeded', total: 2, processed: 2 });
  });

  it('replays history under a changed rule: a 30-minute promise breaks both complaints', async () => {
    await app.inject({
      method: 'PATCH',
      url: `/api/promises/${promiseId}`,
      headers: admin.headers,
      payload: { rule: { ...ANSWER_RULE, duration: { amount: 30, unit: 'minutes' } } },
    });
    await runPromiseJobs(test.database, org.organization.id, at(6));
    const outcomes = (await get(`/api/promise-outcomes?promiseId=${promiseId}`)).items;
    expect(outcomes.map((item: { status: string }) => item.status).sort()).toEqual([
      'broken',
      'broken',
    ]);
    const promise = await get(`/api/promises/${promiseId}`);
    expect(promise).toMatchObject({ version: 2, evaluation: { status: 'succeeded' } });
    expect((await get('/api/promise-breaches')).items).toHaveLength(2);
  });
});
