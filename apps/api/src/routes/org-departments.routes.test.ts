import {
  insertUser,
  signIn,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
});
afterAll(() => stopApiTest({ app, test }));

async function createDepartment(payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/org/departments',
    headers: admin.headers,
    payload: { function: 'other', customerFacing: true, ...payload },
  });
}

const list = async (query = '') =>
  (await app.inject({ url: `/api/org/departments${query}`, headers: admin.headers })).json();

describe('departments', () => {
  it('creates a department with its line to the Customer Department and head, and audits it', async () => {
    const head = await insertUser(test.database, org, { role: 'department_head' });
    const response = await createDepartment({
      name: 'Customer Service',
      function: 'service',
      customerDepartmentLine: 'direct',
      headId: head.id,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Customer Service',
      function: 'service',
      customerFacing: true,
      customerDepartmentLine: 'direct',
      headId: head.id,
      headName: head.name,
      peopleCount: 0,
      archivedAt: null,
    });
    const audit = await app.inject({
      url: '/api/audit?subjectType=department',
      headers: admin.headers,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'department.created',
      subjectId: response.json().id,
    });
  });

  it('refuses a function outside the list and a duplicate name', async () => {
    const unknown = await createDepartment({ name: 'Wizards', function: 'magic' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].pointer).toBe('/function');
    await createDepartment({ name: 'Treasury', function: 'finance', customerFacing: false });
    const twice = await createDepartment({ name: 'Treasury', function: 'finance' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'conflict', errors: [{ pointer: '/name' }] });
  });

  it('filters by function and customer-facing, sorts by name both ways, pages with a cursor', async () => {
    for (const name of ['Alpha Sales', 'Beta Sales', 'Gamma Sales'])
      await createDepartment({ name, function: 'sales' });
    const sales = await list('?function=sales&sort=-name');
    expect(sales.items.map((d: { name: string }) => d.name)).toEqual([
      'Gamma Sales',
      'Beta Sales',
      'Alpha Sales',
    ]);
    const notFacing = await list('?customerFacing=false');
    expect(notFacing.items.map((d: { name: string }) => d.name)).toEqual(['Treasury']);
    const first = await list('?function=sales&limit=2');
    const second = await list(`?function=sales&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((d: { name: string }) => d.name)).toEqual([
      'Alpha Sales',
      'Beta Sales',
      'Gamma Sales',
    ]);
    expect(second.nextCursor).toBeNull();
    const wrongSort = await list(`?function=sales&sort=-name&cursor=${first.nextCursor}`);
    expect(wrongSort.status).toBe(400);
    const unknownSort = await list('?sort=headId');
    expect(unknownSort.errors[0].pointer).toBe('/sort');
  });

  it('refuses to archive a department people still work in, then archives it once they moved', async () => {
    const department = (await createDepartment({ name: 'Billing', function: 'billing' })).json();
    const person = await insertUser(test.database, org, {
      role: 'employee',
      departmentId: department.id,
    });
    const refused = await app.inject({
      method: 'PATCH',
      url: `/api/org/departments/${department.id}`,
      headers: admin.headers,
      payload: { archived: true },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('1 active person works in it');
    await app.inject({
      method: 'PATCH',
      url: `/api/org/people/${person.id}`,
      headers: admin.headers,
      payload: { departmentId: null },
    });
    const archived = await app.inject({
      method: 'PATCH',
      url: `/api/org/departments/${department.id}`,
      headers: admin.headers,
      payload: { archived: true },
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    const names = (await list()).items.map((d: { name: string }) => d.name);
    expect(names).not.toContain('Billing');
    const only = (await list('?archived=only')).items.map((d: { name: string }) => d.name);
    expect(only).toEqual(['Billing']);
    const restored = await app.inject({
      method: 'PATCH',
      url: `/api/org/departments/${department.id}`,
      headers: admin.headers,
      payload: { archived: false },
    });
    expect(restored.json().archivedAt).toBeNull();
  });

  it('lets employees read departments but not change them', async () => {
    const employee = await insertUser(test.database, org, { role: 'employee' });
    const session = await signIn(app, employee.email);
    const read = await app.inject({ url: '/api/org/departments', headers: session.headers });
    expect(read.statusCode).toBe(200);
    const write = await app.inject({
      method: 'POST',
      url: '/api/org/departments',
      headers: session.headers,
      payload: { name: 'Mine', function: 'other', customerFacing: true },
    });
    expect(write.statusCode).toBe(403);
  });

  it('answers 404 for a department of nobody', async () => {
    const response = await app.inject({
      url: '/api/org/departments/dep_00000000000000000000000000',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(404);
  });
});
