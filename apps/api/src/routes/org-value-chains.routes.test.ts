import { createDepartment, updateDepartment } from '@customeric/services';
import {
  insertUser,
  signIn,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { snapshotTenants } from '../testing/snapshot-tenants.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: Awaited<ReturnType<typeof signIn>>;
const dep: Record<'sales' | 'billing' | 'legacy', string> = { sales: '', billing: '', legacy: '' };

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  const context = { database: test.database, actor: org.actor };
  const base = { customerFacing: true, customerDepartmentLine: 'none', headId: null } as const;
  dep.sales = (await createDepartment(context, { ...base, name: 'Sales', function: 'sales' })).id;
  dep.billing = (
    await createDepartment(context, { ...base, name: 'Billing', function: 'billing' })
  ).id;
  dep.legacy = (await createDepartment(context, { ...base, name: 'Legacy', function: 'other' })).id;
  await updateDepartment(context, dep.legacy, { archived: true });
});
afterAll(() => stopApiTest({ app, test }));

async function createChain(
  name: string,
  headers: Record<string, string> = admin.headers,
  extra: object = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/org/value-chains',
    headers,
    payload: { name, ...extra },
  });
}
const putStages = (
  id: string,
  stages: unknown[],
  headers: Record<string, string> = admin.headers,
) =>
  app.inject({
    method: 'PUT',
    url: `/api/org/value-chains/${id}/stages`,
    headers,
    payload: { stages },
  });

describe('value chains', () => {
  it('builds a chain of three stages owned by two departments and finds the one handoff', async () => {
    const vcm = await insertUser(test.database, org, { role: 'value_chain_manager' });
    const chain = (await createChain('Widgets', admin.headers, { managerId: vcm.id })).json();
    expect(chain).toMatchObject({ managerId: vcm.id, managerName: vcm.name, stages: [] });
    const response = await putStages(chain.id, [
      { name: 'Discover', ownerDepartmentIds: [dep.sales] },
      { name: 'Buy', ownerDepartmentIds: [dep.sales] },
      { name: 'Pay', ownerDepartmentIds: [dep.billing] },
    ]);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(
      body.stages.map((s: { name: string; position: number }) => [s.position, s.name]),
    ).toEqual([
      [0, 'Discover'],
      [1, 'Buy'],
      [2, 'Pay'],
    ]);
    expect(body.handoffs).toEqual([
      {
        afterIndex: 1,
        fromStageId: body.stages[1].id,
        toStageId: body.stages[2].id,
        fromDepartmentIds: [dep.sales],
        toDepartmentIds: [dep.billing],
        continuingDepartmentIds: [],
        kind: 'complete',
      },
    ]);
    const listed = (
      await app.inject({ url: '/api/org/value-chains', headers: admin.headers })
    ).json();
    expect(listed.items[0]).toMatchObject({ name: 'Widgets', stageCount: 3, handoffCount: 1 });
  });

  it('reorders and renames stages in one go, keeping their ids', async () => {
    const chain = (await createChain('Reorder')).json();
    const first = (
      await putStages(chain.id, [
        { name: 'A', ownerDepartmentIds: [dep.sales] },
        { name: 'B', ownerDepartmentIds: [dep.billing] },
        { name: 'C', ownerDepartmentIds: [dep.sales] },
      ])
    ).json();
    const [a, b, c] = first.stages;
    // C moves first; A and B swap names: positions and names collide midway, not at commit.
    const swapped = await putStages(chain.id, [
      { id: c.id, name: 'C', ownerDepartmentIds: [dep.sales] },
      { id: a.id, name: 'B', ownerDepartmentIds: [dep.sales] },
      { id: b.id, name: 'A', ownerDepartmentIds: [dep.billing] },
    ]);
    expect(swapped.statusCode).toBe(200);
    expect(swapped.json().stages.map((s: { id: string; name: string }) => [s.id, s.name])).toEqual([
      [c.id, 'C'],
      [a.id, 'B'],
      [b.id, 'A'],
    ]);
    const removed = await putStages(chain.id, [
      { id: b.id, name: 'A', ownerDepartmentIds: [dep.billing] },
    ]);
    expect(removed.json().stages).toHaveLength(1);
  });

  it('refuses a stage owned by an archived department, naming it, and keeps the stages as they were', async () => {
    const chain = (await createChain('Archived owner')).json();
    await putStages(chain.id, [{ name: 'Buy', ownerDepartmentIds: [dep.sales] }]);
    const before = await snapshotTenants(test.ownerUrl);
    const response = await putStages(chain.id, [
      { name: 'Buy', ownerDepartmentIds: [dep.sales] },
      { name: 'Fix', ownerDepartmentIds: [dep.billing, dep.legacy] },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      detail: 'A stage can only be owned by active departments: Legacy is archived.',
      errors: [{ pointer: '/stages/1/ownerDepartmentIds/1', message: 'Legacy is archived' }],
    });
    expect(await snapshotTenants(test.ownerUrl)).toBe(before);
  });

  it('refuses a stage without owner, twice the same name, and an id of another chain', async () => {
    const chain = (await createChain('Bad input')).json();
    const noOwner = await putStages(chain.id, [{ name: 'Buy', ownerDepartmentIds: [] }]);
    expect(noOwner.json().errors[0].pointer).toBe('/stages/0/ownerDepartmentIds');
    const twice = await putStages(chain.id, [
      { name: 'Buy', ownerDepartmentIds: [dep.sales] },
      { name: 'buy', ownerDepartmentIds: [dep.sales] },
    ]);
    expect(twice.json().errors[0]).toEqual({
      pointer: '/stages/1/name',
      message: 'is the same as stage 1',
    });
    const other = (await createChain('Other')).json();
    const foreign = (
      await putStages(other.id, [{ name: 'X', ownerDepartmentIds: [dep.sales] }])
    ).json();
    const stolen = await putStages(chain.id, [
      { id: foreign.stages[0].id, name: 'X', ownerDepartmentIds: [dep.sales] },
    ]);
    expect(stolen.statusCode).toBe(400);
    expect(stolen.json().errors[0].pointer).toBe('/stages/0/id');
  });

  it('lets a Value Chain Manager edit the chains they manage and no other', async () => {
    const vcm = await insertUser(test.database, org, { role: 'value_chain_manager' });
    const session = await signIn(app, vcm.email);
    const own = await createChain('Projects', session.headers);
    expect(own.statusCode).toBe(201);
    expect(own.json().managerId).toBe(vcm.id);
    const edit = await putStages(
      own.json().id,
      [{ name: 'Enquire', ownerDepartmentIds: [dep.sales] }],
      session.headers,
    );
    expect(edit.statusCode).toBe(200);
    const theirs = (await createChain('Someone else’s')).json();
    const refused = await putStages(
      theirs.id,
      [{ name: 'Enquire', ownerDepartmentIds: [dep.sales] }],
      session.headers,
    );
    expect(refused.statusCode).toBe(403);
    const handOver = await app.inject({
      method: 'PATCH',
      url: `/api/org/value-chains/${own.json().id}`,
      headers: session.headers,
      payload: { managerId: org.admin.id },
    });
    expect(handOver.statusCode).toBe(403);
  });

  it('archives a chain, then refuses to edit its stages until restored', async () => {
    const chain = (await createChain('Retired')).json();
    const archived = await app.inject({
      method: 'PATCH',
      url: `/api/org/value-chains/${chain.id}`,
      headers: admin.headers,
      payload: { archived: true, description: 'No longer sold' },
    });
    expect(archived.json()).toMatchObject({ description: 'No longer sold' });
    expect(archived.json().archivedAt).not.toBeNull();
    const edit = await putStages(chain.id, [{ name: 'X', ownerDepartmentIds: [dep.sales] }]);
    expect(edit.statusCode).toBe(409);
    const listed = await app.inject({
      url: '/api/org/value-chains?q=Retired',
      headers: admin.headers,
    });
    expect(listed.json().items).toEqual([]);
  });

  it('answers a duplicate chain name with 409 and an unknown chain with 404', async () => {
    await createChain('Twice');
    expect((await createChain('Twice')).statusCode).toBe(409);
    const missing = await app.inject({
      url: '/api/org/value-chains/vch_00000000000000000000000000',
      headers: admin.headers,
    });
    expect(missing.statusCode).toBe(404);
  });
});
