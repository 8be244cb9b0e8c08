import { createInvitations } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertDepartment, insertVoiceCustomer, postSurvey } from '../testing/voice-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let surveyId: string;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  const billing = await insertDepartment(test.database, org.organization.id, 'Billing');
  await app.inject({
    method: 'POST',
    url: '/api/themes',
    headers: admin.headers,
    payload: { name: 'Billing', rules: [{ language: 'en', terms: ['invoic*'] }] },
  });
  surveyId = (
    await postSurvey(app, admin.headers, {
      name: 'After the invoice',
      kind: 'nps',
      question: 'How likely are you to recommend {organization} to a friend?',
      departmentId: billing,
      touchpointType: 'invoice.issued',
      status: 'active',
      recontactDays: 0,
      thankYouMessage: 'Thanks, we read every answer.',
      questions: [
        { id: 'again', kind: 'choice', prompt: 'Would you order again?', options: ['Yes', 'No'] },
      ],
    })
  ).id;
});
afterAll(() => stopApiTest({ app, test }));

let customerCount = 0;
async function newToken(now?: Date) {
  const { customerId } = await insertVoiceCustomer(test.database, org.actor, {
    name: `Link customer ${++customerCount}`,
    segment: 'Small business',
  });
  const result = await createInvitations(
    { database: test.database, actor: org.actor },
    surveyId,
    { customerIds: [customerId], contactIds: [], eventId: null, dryRun: false },
    now,
  );
  const link = result.invited[0]?.link ?? '';
  return { token: link.replace('/s/', ''), customerId };
}

const open = (token: string) => app.inject({ url: `/api/public/surveys/${token}` });
const answer = (token: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/public/surveys/${token}/answer`, payload });

describe('the public answer page', () => {
  it('shows only what the person answering needs, without a log-in, and notes the visit', async () => {
    const { token } = await newToken();
    const response = await open(token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({
      organizationName: org.organization.name,
      greetingName: 'Link',
      kind: 'nps',
      question: `How likely are you to recommend ${org.organization.name} to a friend?`,
      commentPrompt: 'What is the main reason for your score?',
      scale: { min: 0, max: 10, lowLabel: 'Not at all likely', highLabel: 'Extremely likely' },
      questions: [
        {
          id: 'again',
          kind: 'choice',
          prompt: 'Would you order again?',
          options: ['Yes', 'No'],
          required: false,
        },
      ],
      language: 'en',
      expiresAt: expect.any(String),
    });
    expect(response.body).not.toMatch(/(org|cus|con|srv|inv|dep)_[0-9a-z]{26}/);
    const invitations = await app.inject({
      url: `/api/surveys/${surveyId}/invitations`,
      headers: admin.headers,
    });
    expect(invitations.json().items[0].openedAt).not.toBeNull();
  });

  it('takes the answer once; the second time says the link has already been used', async () => {
    const { token, customerId } = await newToken();
    const first = await answer(token, {
      score: 3,
      comment: 'The invoice was wrong twice.',
      answers: { again: 'No' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ thankYouMessage: 'Thanks, we read every answer.' });
    const second = await answer(token, { score: 10 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'link_used',
      title: 'This link has already been used',
    });
    expect((await open(token)).statusCode).toBe(409);

    const stored = await app.inject({
      url: `/api/answers?customerId=${customerId}`,
      headers: admin.headers,
    });
    expect(stored.json().items).toEqual([
      expect.objectContaining({
        score: 3,
        npsGroup: 'detractor',
        via: 'link',
        segment: 'Small business',
        departmentName: 'Billing',
        touchpointType: 'invoice.issued',
        comment: 'The invoice was wrong twice.',
        extra: { again: 'No' },
        themes: [expect.objectContaining({ name: 'Billing', origin: 'rule' })],
      }),
    ]);
  });

  it('stores one answer when the same link is sent twice at the same moment', async () => {
    const { token, customerId } = await newToken();
    const results = await Promise.all([answer(token, { score: 7 }), answer(token, { score: 8 })]);
    expect(results.map((result) => result.statusCode).sort()).toEqual([201, 409]);
    const stored = await app.inject({
      url: `/api/answers?customerId=${customerId}`,
      headers: admin.headers,
    });
    expect(stored.json().items).toHaveLength(1);
  });

  it('refuses an expired link, a closed survey and an unknown link, each saying so', async () => {
    const { token: old } = await newToken(new Date(Date.now() - 40 * 86_400_000));
    const expired = await answer(old, { score: 9 });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().detail).toMatch(/^This link expired on \d{4}-\d{2}-\d{2}\.$/);
    const unknown = await open('a'.repeat(58));
    expect(unknown.statusCode).toBe(404);
    expect((await open('not-a-token')).statusCode).toBe(400);

    const { token } = await newToken();
    await app.inject({
      method: 'PATCH',
      url: `/api/surveys/${surveyId}`,
      headers: admin.headers,
      payload: { status: 'closed' },
    });
    const closed = await open(token);
    await app.inject({
      method: 'PATCH',
      url: `/api/surveys/${surveyId}`,
      headers: admin.headers,
      payload: { status: 'active' },
    });
    expect(closed.statusCode).toBe(410);
    expect(closed.json().detail).toBe('This survey is closed and takes no more answers.');
  });

  it('asks again for a score off the scale or a choice that is not offered, keeping the link unused', async () => {
    const { token } = await newToken();
    const wrong = await answer(token, { score: 11, answers: { again: 'Maybe', colour: 'red' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      { pointer: '/score', message: 'must be from 0 to 10' },
      { pointer: '/answers/colour', message: 'is not a question of this survey' },
      { pointer: '/answers/again', message: 'must be one of the options' },
    ]);
    expect((await answer(token, { score: 10 })).statusCode).toBe(201);
  });
});
