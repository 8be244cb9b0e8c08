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

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
});
afterAll(() => stopApiTest({ app, test }));

const putSettings = (
  payload: Record<string, unknown>,
  headers: Record<string, string> = admin.headers,
) => app.inject({ method: 'PUT', url: '/api/org/settings', headers, payload });

describe('organisation settings', () => {
  it('starts CCO-led with a 25–50 % band, and explains the model in one sentence', async () => {
    const response = await app.inject({ url: '/api/org/settings', headers: admin.headers });
    expect(response.json()).toMatchObject({
      operatingModel: 'cco_led',
      targetBand: { min: 25, max: 50 },
      customerDepartmentHeadId: null,
      updatedAt: null,
    });
    expect(response.json().operatingModelExplanation).toMatch(/^The Chief Customer Officer.*\.$/);
  });

  it('changes model, band and head, audits it, and refuses a band upside down', async () => {
    const cco = await insertUser(test.database, org, { role: 'cco' });
    const saved = await putSettings({
      operatingModel: 'both',
      targetBand: { min: 30, max: 45 },
      customerDepartmentHeadId: cco.id,
    });
    expect(saved.json()).toMatchObject({
      operatingModel: 'both',
      targetBand: { min: 30, max: 45 },
    });
    const audit = await app.inject({
      url: '/api/audit?subjectType=organization',
      headers: admin.headers,
    });
    expect(audit.json().items[0]).toMatchObject({
      action: 'org_settings.updated',
      changes: { operatingModel: { from: 'cco_led', to: 'both' } },
    });
    const upsideDown = await putSettings({
      operatingModel: 'both',
      targetBand: { min: 60, max: 40 },
      customerDepartmentHeadId: null,
    });
    expect(upsideDown.statusCode).toBe(400);
    expect(upsideDown.json().errors[0].pointer).toBe('/targetBand/min');
  });

  it('lets the CCO read but not change the settings', async () => {
    const cco = await insertUser(test.database, org, { role: 'cco' });
    const session = await signIn(app, cco.email);
    const write = await putSettings(
      {
        operatingModel: 'cco_led',
        targetBand: { min: 0, max: 100 },
        customerDepartmentHeadId: null,
      },
      session.headers,
    );
    expect(write.statusCode).toBe(403);
  });
});

describe('org chart and commitment', () => {
  it('draws everyone active with managers and the departments’ lines', async () => {
    const context = { database: test.database, actor: org.actor };
    const service = await createDepartment(context, {
      name: 'Customer Service',
      function: 'service',
      customerFacing: true,
      customerDepartmentLine: 'direct',
      headId: null,
    });
    const agent = await insertUser(test.database, org, {
      role: 'employee',
      departmentId: service.id,
    });
    await updatePerson(context, agent.id, { managerId: org.admin.id });
    const chart = (await app.inject({ url: '/api/org/chart', headers: admin.headers })).json();
    expect(chart.people).toContainEqual(
      expect.objectContaining({ id: agent.id, managerId: org.admin.id, departmentId: service.id }),
    );
    expect(chart.departments).toContainEqual(
      expect.objectContaining({ name: 'Customer Service', customerDepartmentLine: 'direct' }),
    );
  });

  it('sums committed customer work per department against the band', async () => {
    const context = { database: test.database, actor: org.actor };
    const base = { customerDepartmentLine: 'none', headId: null } as const;
    const sales = await createDepartment(context, {
      ...base,
      name: 'Sales',
      function: 'sales',
      customerFacing: true,
    });
    const tax = await createDepartment(context, {
      ...base,
      name: 'Tax',
      function: 'finance',
      customerFacing: false,
    });
    for (const [departmentId, share] of [
      [sales.id, 20],
      [sales.id, 40],
      [tax.id, 5],
    ] as const) {
      const person = await insertUser(test.database, org, { role: 'employee', departmentId });
      await updatePerson(context, person.id, { customerWorkShare: share });
    }
    const summary = (
      await app.inject({ url: '/api/org/commitment', headers: admin.headers })
    ).json();
    expect(summary.band).toEqual({ min: 30, max: 45 });
    expect(summary.departments).toContainEqual(
      expect.objectContaining({
        name: 'Sales',
        people: 2,
        averageShare: 30,
        committedFte: 0.6,
        belowBand: 1,
        withinBand: 1,
        status: 'within',
      }),
    );
    expect(summary.departments).toContainEqual(
      expect.objectContaining({ name: 'Tax', status: 'not_customer_facing' }),
    );
  });
});
