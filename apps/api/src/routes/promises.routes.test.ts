import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { ANSWER_RULE, insertPromiseWorld, runPromiseJobs } from '../testing/promises-kit.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let departmentId: string;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  ({ departmentId } = await insertPromiseWorld(test.database, org.organization.id, {
    headUserId: org.admin.id,
  }));
});
afterAll(() => stopApiTest({ app, test }));

const create = (payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/promises', headers: admin.headers, payload });

const promiseBody = (overrides: Record<string, unknown> = {}) => ({
  customerWording: 'You will get a first answer to any complaint within 4 hours.',
  internalName: `First answer ${Math.random().toString(36).slice(2, 8)}`,
  ownerDepartmentId: departmentId,
  rule: ANSWER_RULE,
  ...overrides,
});

describe('promises', () => {
  it('creates a promise with its owner, the head accountable, and queues the history replay', async () => {
    const response = await create(promiseBody({ targetRate: 0.9 }));
    expect(response.statusCode).toBe(201);
    const promise = response.json();
    expect(promise).toMatchObject({
      ownerKind: 'department',
      ownerDepartmentId: departmentId,
      accountableUserId: org.admin.id,
      accountableUserName: 'Ada Admin',
      targetRate: 0.9,
      version: 1,
      active: true,
      evaluation: { status: 'queued', reason: 'created' },
      compliance: { kept: 0, broken: 0, open: 0, rate: null },
    });
    expect(promise.ruleSentence).toContain('within 4 hours');
    const listed = await app.inject({ url: '/api/promises', headers: admin.headers });
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(promise.id);
  });

  it('names the bad rule field in the problem', async () => {
    const badUnit = await create(
      promiseBody({ rule: { ...ANSWER_RULE, duration: { amount: 4, unit: 'fortnights' } } }),
    );
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().errors.map((error: { pointer: string }) => error.pointer)).toContain(
      '/rule/duration/unit',
    );
    const badKind = await create(promiseBody({ rule: { ...ANSWER_RULE, kind: 'sometimes' } }));
    expect(badKind.statusCode).toBe(400);
    expect(JSON.stringify(badKind.json().errors)).toContain('/rule');
    const noOwner = await create(promiseBody({ ownerDepartmentId: null }));
    expect(noOwner.json().errors).toEqual([
      expect.objectContaining({ pointer: '/ownerDepartmentId' }),
    ]);
  });

  it('refuses a department that does not exist and a name already taken', async () => {
    const ghost = await create(
      promiseBody({ ownerDepartmentId: 'dep_00000000000000000000000000' }),
    );
    expect(ghost.statusCode).toBe(400);
    expect(ghost.json().errors[0].pointer).toBe('/ownerDepartmentId');
    const first = await create(promiseBody({ internalName: 'Twice' }));
    expect(first.statusCode).toBe(201);
    const second = await create(promiseBody({ internalName: 'Twice' }));
    expect(second.statusCode).toBe(409);
  });

  it('bumps the version and supersedes the replay when the rule changes; wording alone does not', async () => {
    const promise = (await create(promiseBody())).json();
    const reworded = await app.inject({
      method: 'PATCH',
      url: `/api/promises/${promise.id}`,
      headers: admin.headers,
      payload: { customerWording: 'A first answer to every complaint within 4 hours.' },
    });
    expect(reworded.json()).toMatchObject({
      version: 1,
      evaluation: { id: promise.evaluation.id },
    });
    const changed = await app.inject({
      method: 'PATCH',
      url: `/api/promises/${promise.id}`,
      headers: admin.headers,
      payload: { rule: { ...ANSWER_RULE, duration: { amount: 2, unit: 'hours' } } },
    });
    expect(changed.json()).toMatchObject({
      version: 2,
      evaluation: { status: 'queued', reason: 'rule_changed', promiseVersion: 2 },
    });
    const old = await app.inject({
      url: `/api/promises/${promise.id}/evaluations/${promise.evaluation.id}`,
      headers: admin.headers,
    });
    expect(old.json().status).toBe('superseded');
  });

  it('re-evaluates on request with progress, and answers 409 while one is waiting', async () => {
    const promise = (await create(promiseBody())).json();
    const url = `/api/promises/${promise.id}/evaluations`;
    const busy = await app.inject({ method: 'POST', url, headers: admin.headers });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().detail).toContain(promise.evaluation.id);
    await runPromiseJobs(test.database, org.organization.id);
    const started = await app.inject({ method: 'POST', url, headers: admin.headers });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ status: 'queued', reason: 'requested' });
    expect((await app.inject({ method: 'POST', url, headers: admin.headers })).statusCode).toBe(
      409,
    );
    await runPromiseJobs(test.database, org.organization.id);
    const done = await app.inject({ url: `${url}/${started.json().id}`, headers: admin.headers });
    expect(done.json()).toMatchObject({ status: 'succeeded', error: null });
    expect(done.json().processed).toBe(done.json().total);
  });

  it('deletes a promise never measured, and keeps one that was by deactivating it', async () => {
    const promise = (await create(promiseBody({ active: false }))).json();
    expect(promise.evaluation).toBeNull();
    const url = `/api/promises/${promise.id}`;
    expect((await app.inject({ method: 'DELETE', url, headers: admin.headers })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ url, headers: admin.headers })).statusCode).toBe(404);
  });
});
