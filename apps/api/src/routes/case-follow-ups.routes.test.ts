import type { TCase } from '@customeric/contracts';
import { followUpDetractorsJob, openFollowUpCases } from '@customeric/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { postClockPolicy } from '../testing/case-programme-kit.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';
import { insertVoiceCustomer, postSurvey } from '../testing/voice-test.ts';

let started: TApiTest;
let world: TCasesWorld;
let nps: string;
let csat: string;
let customerId: string;

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const orgId = () => started.org.organization.id;

async function answer(
  surveyId: string,
  externalId: string,
  score: number,
  answeredAt: string,
  comment?: string,
) {
  const response = await started.app.inject({
    method: 'POST',
    url: `/api/surveys/${surveyId}/answers:batch`,
    headers: started.admin.headers,
    payload: {
      answers: [{ externalId, customerId, score, answeredAt, ...(comment ? { comment } : {}) }],
    },
  });
  expect(response.json()).toMatchObject({ accepted: 1 });
}

async function followUpCases(): Promise<TCase[]> {
  const response = await started.app.inject({
    url: '/api/cases?sourceKind=survey&sort=subject',
    headers: world.agent.headers,
  });
  return response.json().items;
}

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  const survey = (name: string, kind: string) =>
    postSurvey(started.app, started.admin.headers, {
      name,
      kind,
      question: 'How did we do?',
      status: 'active',
    });
  nps = (await survey('Relationship NPS', 'nps')).id;
  csat = (await survey('Delivery CSAT', 'csat')).id;
  customerId = (
    await insertVoiceCustomer(started.test.database, started.org.actor, { name: 'Wayne Logistics' })
  ).customerId;
  await postClockPolicy(started.app, started.admin, {
    name: 'Detractor follow-up',
    sourceKinds: ['survey'],
    clocks: [{ kind: 'first_answer', target: { amount: 1, unit: 'business_days' } }],
  });
  await answer(nps, 'N-1', 3, daysAgo(2), 'Three invoices wrong in a row.');
  await answer(nps, 'N-2', 10, daysAgo(2));
  await answer(nps, 'N-3', 1, daysAgo(40), 'Too long ago to call back about.');
  await answer(csat, 'C-1', 2, daysAgo(1));
});
afterAll(() => stopApiTest(started));

describe('the closed loop on detractors', () => {
  it('opens one follow-up case per recent detractor answer, and none twice', async () => {
    expect(await openFollowUpCases(started.test.database, { orgId: orgId() })).toBe(2);
    expect(await openFollowUpCases(started.test.database, { orgId: orgId() })).toBe(0);
    const cases = await followUpCases();
    expect(cases.map((item) => [item.subject, item.priority, item.statusKey])).toEqual([
      ['Follow up a detractor: CSAT 2 on “Delivery CSAT”', 'normal', 'new'],
      ['Follow up a detractor: NPS 3 on “Relationship NPS”', 'high', 'new'],
    ]);
  });

  it('gives the follow-up case a clock and shows the answer it follows up', async () => {
    const npsCase = (await followUpCases())[1] as TCase;
    const clocks = await started.app.inject({
      url: `/api/cases/${npsCase.id}/clocks`,
      headers: world.agent.headers,
    });
    expect(clocks.json().policy.name).toBe('Detractor follow-up');
    expect(clocks.json().clocks).toMatchObject([{ kind: 'first_answer', state: 'running' }]);
    const followUp = await started.app.inject({
      url: `/api/cases/${npsCase.id}/follow-up`,
      headers: world.agent.headers,
    });
    expect(followUp.json().followUp).toMatchObject({
      surveyKind: 'nps',
      score: 3,
      comment: 'Three invoices wrong in a row.',
      closedAt: null,
    });
  });

  it('closes the loop: what was done, whether the customer was contacted; the case is closed', async () => {
    const npsCase = (await followUpCases())[1] as TCase;
    const url = `/api/cases/${npsCase.id}/follow-up/close`;
    const payload = {
      actionTaken: 'Called the buyer, corrected the three invoices, set up a check before sending.',
      customerContacted: true,
      contactedOn: new Date().toISOString().slice(0, 10),
      rootCause: 'Prices in the ERP did not follow the new contract.',
    };
    const closed = await started.app.inject({
      method: 'POST',
      url,
      headers: world.agent.headers,
      payload,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      customerContacted: true,
      closedByName: 'Sofia Agent',
      actionTaken: payload.actionTaken,
    });
    const theCase = await started.app.inject({
      url: `/api/cases/${npsCase.id}`,
      headers: world.agent.headers,
    });
    expect(theCase.json().case).toMatchObject({
      statusCategory: 'closed',
      rootCause: payload.rootCause,
    });
    const again = await started.app.inject({
      method: 'POST',
      url,
      headers: world.agent.headers,
      payload,
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a contact date when nobody was contacted, and cases that follow up nothing', async () => {
    const csatCase = (await followUpCases())[0] as TCase;
    const body = {
      actionTaken: 'Wrote to them',
      rootCause: 'Late delivery',
      customerContacted: false,
      contactedOn: '2026-01-05',
    };
    const refused = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${csatCase.id}/follow-up/close`,
      headers: world.agent.headers,
      payload: body,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        pointer: '/contactedOn',
        message: 'give a contact date only when the customer was contacted',
      },
    ]);
    const ordinary = await openCase(started.app, world.agent, {
      customerId,
      subject: 'An ordinary case',
    });
    const none = await started.app.inject({
      method: 'POST',
      url: `/api/cases/${ordinary.id}/follow-up/close`,
      headers: world.agent.headers,
      payload: { ...body, contactedOn: null },
    });
    expect(none.statusCode).toBe(404);
  });

  it('opens nothing while the closed loop is switched off; the job opens what came in once it is on', async () => {
    const settings = (closedLoopEnabled: boolean) =>
      started.app.inject({
        method: 'PUT',
        url: '/api/case-programme/settings',
        headers: started.admin.headers,
        payload: { monthlyQuota: 3, closedLoopEnabled },
      });
    expect((await settings(false)).statusCode).toBe(200);
    await answer(nps, 'N-4', 0, daysAgo(0));
    expect(await openFollowUpCases(started.test.database, { orgId: orgId() })).toBe(0);
    await settings(true);
    const log: string[] = [];
    await followUpDetractorsJob.handler(
      { orgId: orgId() },
      { database: started.test.database, jobs: started.app.jobs, log: (line) => log.push(line) },
    );
    expect(log).toEqual([]);
    expect(await followUpCases()).toHaveLength(3);
  });
});
