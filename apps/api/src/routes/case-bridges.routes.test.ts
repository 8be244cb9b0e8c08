import { insertUser, signIn, type TSignedIn } from '@customeric/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;
let cco: TSignedIn;

async function handOff(caseId: string, toDepartmentId: string, toUserId: string, as: TSignedIn) {
  const response = await started.app.inject({
    method: 'POST',
    url: `/api/cases/${caseId}/handoffs`,
    headers: as.headers,
    payload: { toDepartmentId, toUserId, reason: 'Theirs to fix', keepFrontOwner: true },
  });
  expect(response.statusCode).toBe(200);
}

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  const { departments, people } = world;
  cco = await signIn(
    started.app,
    (await insertUser(started.test.database, started.org, { role: 'cco' })).email,
  );
  // The agent takes both problems and brings Billing and Delivery in: they never meet otherwise.
  const invoice = await openCase(started.app, world.agent, {
    customerId: world.customerId,
    subject: 'Wrong invoice',
    departmentId: departments.service,
  });
  await handOff(invoice.id, departments.billing, people.biller.id, world.agent);
  const biller = await signIn(started.app, people.biller.email);
  const resolved = await started.app.inject({
    method: 'POST',
    url: `/api/cases/${invoice.id}/transitions`,
    headers: biller.headers,
    payload: { to: 'resolved', rootCause: 'Old price list' },
  });
  expect(resolved.statusCode).toBe(200);
  const pallet = await openCase(started.app, world.agent, {
    customerId: world.customerId,
    subject: 'Broken pallet',
    departmentId: departments.service,
  });
  await handOff(pallet.id, departments.delivery, people.driver.id, world.agent);
  // A case that stayed in Service does not count.
  await openCase(started.app, world.agent, {
    customerId: world.customerId,
    subject: 'Question',
    departmentId: departments.service,
  });
});
afterAll(() => stopApiTest(started));

describe('bridge people', () => {
  it('ranks the person the cross-department work runs through first, and who resolved such cases', async () => {
    const response = await started.app.inject({ url: '/api/case-bridges', headers: cco.headers });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.crossCases).toBe(2);
    expect(
      body.people.map(
        (person: { name: string; betweenness: number; resolvedCrossCases: number }) => [
          person.name,
          person.betweenness,
          person.resolvedCrossCases,
        ],
      ),
    ).toEqual([
      ['Sofia Agent', 1, 0],
      ['Amara Biller', 0, 1],
      ['Tomasz Driver', 0, 0],
    ]);
    expect(body.people[0]).toMatchObject({
      departmentName: 'Customer Service',
      crossCases: 2,
      departmentsReached: 3,
    });
    expect(body.links).toHaveLength(2);
  });

  it('lists one department’s people, ranked in the whole graph', async () => {
    const response = await started.app.inject({
      url: `/api/case-bridges?departmentId=${world.departments.billing}`,
      headers: cco.headers,
    });
    expect(response.json().people.map((person: { name: string }) => person.name)).toEqual([
      'Amara Biller',
    ]);
  });

  it('is for those who lead and reward people, not for every colleague', async () => {
    const response = await started.app.inject({
      url: '/api/case-bridges',
      headers: world.agent.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});
