import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertDepartment, insertVoiceCustomer, postSurvey } from '../testing/voice-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
});
afterAll(() => stopApiTest({ app, test }));

const inject = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  payload?: unknown,
) => app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

describe('surveys', () => {
  it('creates an NPS survey tied to a touchpoint and a department, with the fixed 0–10 scale', async () => {
    const billing = await insertDepartment(test.database, org.organization.id, 'Billing');
    const survey = await postSurvey(app, admin.headers, {
      name: 'After the invoice',
      kind: 'nps',
      question: 'How likely are you to recommend {organization}?',
      touchpointType: 'Invoice.Issued',
      departmentId: billing,
      scaleMin: 3,
      scaleMax: 4,
    });
    expect(survey).toMatchObject({
      kind: 'nps',
      status: 'draft',
      touchpointType: 'invoice.issued',
      departmentName: 'Billing',
      scale: { min: 0, max: 10, lowLabel: 'Not at all likely', highLabel: 'Extremely likely' },
      commentPrompt: 'What is the main reason for your score?',
      invitationCount: 0,
      answerCount: 0,
    });
    const listed = await inject('GET', '/api/surveys');
    expect(listed.json().items.map((item: { id: string }) => item.id)).toContain(survey.id);
  });

  it('says what is wrong with a survey, field by field', async () => {
    const response = await inject('POST', '/api/surveys', {
      name: '',
      kind: 'custom',
      question: 'Rate us',
      scaleMin: 5,
      scaleMax: 2,
      stageId: 'stg_01jd0000000000000000000000',
      questions: [{ id: 'again', kind: 'choice', prompt: 'Again?', options: ['yes'] }],
    });
    expect(response.statusCode).toBe(400);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/name', '/scaleMax', '/valueChainId', '/questions/0/options']),
    );
    const unknown = await inject('POST', '/api/surveys', {
      name: 'Ghost department',
      kind: 'csat',
      question: 'How was it?',
      departmentId: 'dep_01jd0000000000000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { pointer: '/departmentId', message: 'is not a department of this organisation' },
    ]);
    await postSurvey(app, admin.headers, { name: 'Twice', kind: 'ces', question: 'Easy?' });
    const twice = await inject('POST', '/api/surveys', {
      name: 'TWICE',
      kind: 'ces',
      question: 'Easy?',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe('There is already a survey named “TWICE”.');
  });

  it('keeps a custom scale, deletes a draft, and closes rather than deletes a used survey', async () => {
    const custom = await postSurvey(app, admin.headers, {
      name: 'Stars',
      kind: 'custom',
      question: 'Stars for the delivery?',
      scaleMin: 1,
      scaleMax: 5,
      lowLabel: 'One star',
      highLabel: 'Five stars',
    });
    expect(custom.scale).toEqual({ min: 1, max: 5, lowLabel: 'One star', highLabel: 'Five stars' });
    expect((await inject('DELETE', `/api/surveys/${custom.id}`)).statusCode).toBe(204);
    expect((await inject('GET', `/api/surveys/${custom.id}`)).statusCode).toBe(404);

    const used = await postSurvey(app, admin.headers, {
      name: 'Used',
      kind: 'nps',
      question: 'Recommend?',
      status: 'active',
    });
    const { customerId } = await insertVoiceCustomer(test.database, org.actor, { name: 'Used Co' });
    await inject('POST', `/api/surveys/${used.id}/answers:batch`, {
      answers: [{ externalId: 'U-1', customerId, score: 9, answeredAt: '2026-01-05T10:00:00Z' }],
    });
    const rekind = await inject('PATCH', `/api/surveys/${used.id}`, { kind: 'csat' });
    expect(rekind.statusCode).toBe(409);
    expect(rekind.json().detail).toMatch(/has answers: its kind and scale can no longer change/);
    expect((await inject('DELETE', `/api/surveys/${used.id}`)).statusCode).toBe(409);
    const closed = await inject('PATCH', `/api/surveys/${used.id}`, { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', answerCount: 1 });
  });
});

describe('invitations and the recontact rule', () => {
  it('invites each contact once, then refuses them by name and reason until the period is over', async () => {
    const survey = await postSurvey(app, admin.headers, {
      name: 'Relationship NPS',
      kind: 'nps',
      question: 'Recommend?',
      status: 'active',
    });
    const ann = await insertVoiceCustomer(test.database, org.actor, {
      name: 'Ann Ltd',
      email: 'ann@ann.test',
    });
    const bob = await insertVoiceCustomer(test.database, org.actor, { name: 'Bob Ltd' });
    const gone = await insertVoiceCustomer(test.database, org.actor, {
      name: 'Gone Ltd',
      status: 'churned',
    });
    const first = await inject('POST', `/api/surveys/${survey.id}/invitations`, {
      customerIds: [ann.customerId, bob.customerId, gone.customerId],
    });
    expect(first.statusCode).toBe(200);
    const result = first.json();
    expect(result.invited.map((entry: { customerName: string }) => entry.customerName)).toEqual([
      'Ann Ltd',
      'Bob Ltd',
    ]);
    expect(result.invited[0]).toMatchObject({
      contactName: 'Ann Ltd Contact',
      email: 'ann@ann.test',
    });
    expect(result.invited[0].link).toMatch(/^http:\/\/localhost(:\d+)?\/s\/[0-9a-z]{58}$/);
    expect(result.skipped).toEqual([
      expect.objectContaining({
        customerName: 'Gone Ltd',
        reason: 'churned',
        detail: 'The customer has churned.',
      }),
    ]);

    const other = await postSurvey(app, admin.headers, {
      name: 'Delivery CSAT',
      kind: 'csat',
      question: 'Satisfied?',
      status: 'active',
    });
    const again = await inject('POST', `/api/surveys/${other.id}/invitations`, {
      customerIds: [ann.customerId],
    });
    const [skipped] = again.json().skipped;
    const today = new Date().toISOString().slice(0, 10);
    expect(skipped).toMatchObject({ customerName: 'Ann Ltd', reason: 'recently_invited' });
    expect(skipped.detail).toMatch(
      new RegExp(
        `^Invited on ${today}; at most one invitation every 30 days, so not before \\d{4}-\\d{2}-\\d{2}\\.$`,
      ),
    );
    expect(again.json().invited).toEqual([]);

    // A survey may ask more often than the organisation's rule, e.g. after every delivery.
    await inject('PATCH', `/api/surveys/${other.id}`, { recontactDays: 0 });
    const allowed = await inject('POST', `/api/surveys/${other.id}/invitations`, {
      customerIds: [ann.customerId],
    });
    expect(allowed.json().invited).toHaveLength(1);

    const listed = await inject('GET', `/api/surveys/${survey.id}/invitations?status=open`);
    expect(
      listed
        .json()
        .items.map((item: { customerName: string }) => item.customerName)
        .sort(),
    ).toEqual(['Ann Ltd', 'Bob Ltd']);
  });

  it('previews a draft with a dry run, and refuses real invitations until it is active', async () => {
    const draft = await postSurvey(app, admin.headers, {
      name: 'Draft CES',
      kind: 'ces',
      question: 'Easy?',
    });
    const carl = await insertVoiceCustomer(test.database, org.actor, { name: 'Carl Ltd' });
    const dry = await inject('POST', `/api/surveys/${draft.id}/invitations`, {
      customerIds: [carl.customerId],
      dryRun: true,
    });
    expect(dry.json()).toMatchObject({
      dryRun: true,
      invited: [{ customerName: 'Carl Ltd', link: null, invitationId: null }],
    });
    const real = await inject('POST', `/api/surveys/${draft.id}/invitations`, {
      customerIds: [carl.customerId],
    });
    expect(real.statusCode).toBe(409);
    expect(real.json().detail).toMatch(/activate it before inviting/);
    const unknown = await inject('POST', `/api/surveys/${draft.id}/invitations`, {
      customerIds: [carl.customerId, 'cus_01jd0000000000000000000000'],
      dryRun: true,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { pointer: '/customerIds/1', message: 'is not a customer of this organisation' },
    ]);
  });

  it('keeps the organisation’s recontact setting', async () => {
    const saved = await inject('PUT', '/api/voice/settings', {
      recontactDays: 45,
      linkValidDays: 14,
    });
    expect(saved.json()).toMatchObject({ recontactDays: 45, linkValidDays: 14 });
    expect((await inject('GET', '/api/voice/settings')).json().recontactDays).toBe(45);
    await inject('PUT', '/api/voice/settings', { recontactDays: 30, linkValidDays: 30 });
  });
});
