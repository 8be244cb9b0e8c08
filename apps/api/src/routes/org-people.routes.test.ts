import { createDepartment, updatePerson } from '@customeric/services';
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
let sales: { id: string };
let billing: { id: string };

const adminContext = () => ({ database: test.database, actor: org.actor });

async function department(name: string, fn: 'sales' | 'billing') {
  return createDepartment(adminContext(), {
    name,
    function: fn,
    customerFacing: true,
    customerDepartmentLine: 'indirect',
    headId: null,
  });
}

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  sales = await department('Sales', 'sales');
  billing = await department('Billing', 'billing');
});
afterAll(() => stopApiTest({ app, test }));

const patch = (id: string, headers: Record<string, string>, payload: Record<string, unknown>) =>
  app.inject({ method: 'PATCH', url: `/api/org/people/${id}`, headers, payload });
const getPerson = async (id: string) =>
  (await app.inject({ url: `/api/org/people/${id}`, headers: admin.headers })).json();

describe('people', () => {
  it('sets title, manager, share and skills, shows them, and audits the change', async () => {
    const boss = await insertUser(test.database, org, { role: 'department_head' });
    const person = await insertUser(test.database, org, { role: 'employee' });
    const response = await patch(person.id, admin.headers, {
      title: 'Account manager',
      managerId: boss.id,
      departmentId: sales.id,
      customerWorkShare: 40,
      skills: [
        { tag: 'Negotiation', level: 3 },
        { tag: 'crm', level: 5 },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: 'Account manager',
      managerId: boss.id,
      departmentId: sales.id,
      customerWorkShare: 40,
      skills: [
        { tag: 'crm', level: 5 },
        { tag: 'negotiation', level: 3 },
      ],
      canSignIn: true,
    });
    const audit = await app.inject({ url: '/api/audit?subjectType=user', headers: admin.headers });
    expect(audit.json().items[0]).toMatchObject({
      action: 'person.updated',
      subjectId: person.id,
      changes: { title: { from: null, to: 'Account manager' }, customerWorkShare: { to: 40 } },
    });
  });

  it('refuses a share outside 0–100 and a skill level outside 1–5', async () => {
    const person = await insertUser(test.database, org, { role: 'employee' });
    const response = await patch(person.id, admin.headers, {
      customerWorkShare: 120,
      skills: [{ tag: 'crm', level: 9 }],
    });
    expect(response.statusCode).toBe(400);
    const pointers = response.json().errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/customerWorkShare', '/skills/0/level']));
  });

  it('refuses a loop of managers with a clear problem and changes nothing', async () => {
    const ceo = await insertUser(test.database, org, { role: 'ceo', name: 'Cleo CEO' });
    const cco = await insertUser(test.database, org, { role: 'cco', name: 'Cyrus CCO' });
    const agent = await insertUser(test.database, org, { role: 'employee', name: 'Ana Agent' });
    await updatePerson(adminContext(), cco.id, { managerId: ceo.id });
    await updatePerson(adminContext(), agent.id, { managerId: cco.id });
    const loop = await patch(ceo.id, admin.headers, { managerId: agent.id, title: 'Boss' });
    expect(loop.statusCode).toBe(409);
    expect(loop.json()).toMatchObject({
      code: 'conflict',
      detail: expect.stringContaining('Cleo CEO → Ana Agent → Cyrus CCO → Cleo CEO'),
      errors: [{ pointer: '/managerId' }],
    });
    expect(await getPerson(ceo.id)).toMatchObject({ managerId: null, title: null });
    const self = await patch(agent.id, admin.headers, { managerId: agent.id });
    expect(self.statusCode).toBe(409);
  });

  it('lets a department head edit the people of their own department only', async () => {
    const head = await insertUser(test.database, org, {
      role: 'department_head',
      departmentId: billing.id,
    });
    const own = await insertUser(test.database, org, {
      role: 'employee',
      departmentId: billing.id,
    });
    const other = await insertUser(test.database, org, {
      role: 'employee',
      departmentId: sales.id,
    });
    const session = await signIn(app, head.email);
    const allowed = await patch(own.id, session.headers, { customerWorkShare: 35 });
    expect(allowed.statusCode).toBe(200);
    const refused = await patch(other.id, session.headers, { customerWorkShare: 5 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('own department only');
    expect((await getPerson(other.id)).customerWorkShare).toBeNull();
    const moveOut = await patch(own.id, session.headers, { departmentId: sales.id });
    expect(moveOut.statusCode).toBe(403);
    expect((await getPerson(own.id)).departmentId).toBe(billing.id);
  });

  it('lets employees read people but not change them', async () => {
    const employee = await insertUser(test.database, org, { role: 'employee' });
    const session = await signIn(app, employee.email);
    expect(
      (await app.inject({ url: '/api/org/people', headers: session.headers })).statusCode,
    ).toBe(200);
    expect((await patch(employee.id, session.headers, { title: 'Chief' })).statusCode).toBe(403);
  });

  it('filters by department and role, sorts by share, and pages without repeats', async () => {
    for (const share of [10, 30, 50, 70])
      await insertUser(test.database, org, { role: 'employee', departmentId: sales.id }).then(
        (person) => updatePerson(adminContext(), person.id, { customerWorkShare: share }),
      );
    const query = `departmentId=${sales.id}&role=employee&sort=-customerWorkShare&limit=2`;
    const first = (
      await app.inject({ url: `/api/org/people?${query}`, headers: admin.headers })
    ).json();
    const second = (
      await app.inject({
        url: `/api/org/people?${query}&cursor=${first.nextCursor}`,
        headers: admin.headers,
      })
    ).json();
    const shares = [...first.items, ...second.items].map(
      (p: { customerWorkShare: number | null }) => p.customerWorkShare,
    );
    expect(shares.slice(0, 4)).toEqual([70, 50, 40, 30]);
    const none = (
      await app.inject({
        url: '/api/org/people?departmentId=none&limit=200',
        headers: admin.headers,
      })
    ).json();
    expect(none.items.every((p: { departmentId: string | null }) => p.departmentId === null)).toBe(
      true,
    );
  });

  it('exports CSV in the import columns, with formula cells defused', async () => {
    const person = await insertUser(test.database, org, {
      role: 'employee',
      name: '=HYPERLINK("http://evil.test")',
      departmentId: sales.id,
    });
    await updatePerson(adminContext(), person.id, {
      title: '@SUM(A1)',
      skills: [{ tag: 'crm', level: 4 }],
    });
    const response = await app.inject({
      url: `/api/org/people/export?q=${encodeURIComponent(person.email)}`,
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="people-/);
    const [header, row] = response.body.trim().split('\n');
    expect(header).toBe(
      'email,name,title,department,manager_email,role,executive,customer_work_share,skills',
    );
    expect(row).toBe(
      `${person.email},"'=HYPERLINK(""http://evil.test"")",'@SUM(A1),Sales,,employee,no,,crm:4`,
    );
  });
});
