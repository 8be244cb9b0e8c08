import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertVoiceCustomer, postSurvey } from '../testing/voice-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let nps: string;
let csat: string;
let acme: { customerId: string; contactId: string };
let key: Record<string, string>;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  nps = (
    await postSurvey(app, admin.headers, {
      name: 'NPS',
      kind: 'nps',
      question: 'Recommend?',
      status: 'active',
    })
  ).id;
  csat = (
    await postSurvey(app, admin.headers, {
      name: 'CSAT',
      kind: 'csat',
      question: 'Satisfied?',
      status: 'active',
    })
  ).id;
  acme = await insertVoiceCustomer(test.database, org.actor, {
    name: 'Acme Parts',
    segment: 'Enterprise',
    externalId: 'C-100',
    email: 'buyer@acme-parts.test',
  });
  await insertVoiceCustomer(test.database, org.actor, { name: 'Beta Parts', externalId: 'C-200' });
  await app.inject({
    method: 'POST',
    url: '/api/themes',
    headers: admin.headers,
    payload: {
      name: 'Delivery',
      rules: [
        { language: 'en', terms: ['late', 'deliver*'] },
        { language: 'de', terms: ['lieferung*', 'verspätet'] },
      ],
    },
  });
  const created = await app.inject({
    method: 'POST',
    url: '/api/api-keys',
    headers: admin.headers,
    payload: { name: 'Survey tool', scopes: ['voice.answers.write'] },
  });
  key = { authorization: `Bearer ${created.json().secret}` };
});
afterAll(() => stopApiTest({ app, test }));

const csv = (surveyId: string, body: string, query = '') =>
  app.inject({
    method: 'POST',
    url: `/api/surveys/${surveyId}/answers:import${query}`,
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: body,
  });

describe('answers by API', () => {
  it('accepts good answers, names each problem of the others, and recognises a resend', async () => {
    const answers = [
      {
        externalId: 'A-1',
        customerId: acme.customerId,
        score: 10,
        comment: 'Fast delivery',
        answeredAt: '2026-01-05T10:00:00Z',
      },
      {
        externalId: 'A-2',
        customerExternalId: 'C-200',
        customerSource: 'erp',
        score: 4,
        answeredAt: '2026-01-06T10:00:00Z',
      },
      {
        externalId: 'A-3',
        contactEmail: 'BUYER@acme-parts.test',
        score: 12,
        answeredAt: '2026-01-06T10:00:00Z',
      },
      {
        externalId: 'A-4',
        customerExternalId: 'NOBODY',
        score: 5,
        answeredAt: '2026-01-06T10:00:00Z',
      },
    ];
    const first = await app.inject({
      method: 'POST',
      url: `/api/surveys/${nps}/answers:batch`,
      headers: key,
      payload: { answers },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ accepted: 2, duplicate: 0, rejected: 2 });
    expect(first.json().results[2].problems).toEqual([
      { pointer: '/score', message: 'must be a whole number from 0 to 10' },
    ]);
    expect(first.json().results[3].problems).toEqual([
      { pointer: '/customerExternalId', message: 'no customer has the id NOBODY' },
    ]);
    const again = await app.inject({
      method: 'POST',
      url: `/api/surveys/${nps}/answers:batch`,
      headers: key,
      payload: { answers: answers.slice(0, 2) },
    });
    expect(again.json()).toMatchObject({ accepted: 0, duplicate: 2 });

    const listed = await app.inject({
      url: `/api/answers?surveyId=${nps}&npsGroup=promoter`,
      headers: admin.headers,
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        externalId: 'A-1',
        via: 'api',
        source: 'api',
        segment: 'Enterprise',
        customerName: 'Acme Parts',
        themes: [expect.objectContaining({ name: 'Delivery' })],
      }),
    ]);
  });

  it('lets a key without the scope read nothing and write nothing', async () => {
    const response = await app.inject({ url: '/api/answers', headers: key });
    expect(response.statusCode).toBe(403);
  });
});

describe('CSV import of answers', () => {
  it('imports one row per answer, refusing bad rows with their line and reason', async () => {
    const file = [
      'externalId,customerExternalId,score,comment,answeredAt,language,Order again',
      'R-1,C-100,5,Lieferung war verspätet,2026-02-01T09:00:00Z,de,yes',
      'R-2,C-200,0,,2026-02-02T09:00:00Z,en,',
      'R-3,C-999,3,,2026-02-03T09:00:00Z,en,',
      'R-4,C-100,4,"late, again",2026-02-04T09:00:00Z,en,no',
      'R-5,C-100,2,,not a date,en,',
    ].join('\n');
    const response = await csv(csat, file, '?customerSource=erp');
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({
      layout: 'answers',
      rows: 5,
      accepted: 2,
      duplicate: 0,
      rejected: 3,
    });
    expect(
      result.rejectedRows.map((row: { line: number; reason: string }) => [row.line, row.reason]),
    ).toEqual([
      [3, '/score: must be a whole number from 1 to 5'],
      [4, '/customerExternalId: no customer has the id C-999 in erp'],
      [6, '/answeredAt: must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z'],
    ]);
    const again = await csv(csat, file, '?customerSource=erp');
    expect(again.json()).toMatchObject({ accepted: 0, duplicate: 2, rejected: 3 });

    const german = await app.inject({
      url: `/api/answers?surveyId=${csat}&q=Lieferung`,
      headers: admin.headers,
    });
    expect(german.json().items[0]).toMatchObject({
      language: 'de',
      extra: { 'Order again': 'yes' },
      via: 'import',
      themes: [expect.objectContaining({ name: 'Delivery', origin: 'rule' })],
    });
  });

  it('imports Formbricks Hub feedback records: the rows of a submission make one answer', async () => {
    const file = [
      'submission_id,collected_at,source_type,field_id,field_type,value_number,value_text,language,user_id',
      'S-1,2026-02-10 08:00:00,formbricks,nps,nps,9,,en,buyer@acme-parts.test',
      'S-1,2026-02-10 08:00:00,formbricks,reason,text,,Great to deliver on time,en,buyer@acme-parts.test',
      'S-1,2026-02-10 08:00:00,formbricks,plan,categorical,,Pro,en,buyer@acme-parts.test',
      'S-2,2026-02-11 08:00:00,formbricks,reason,text,,no score here,en,C-200',
      `S-3,2026-02-12 08:00:00,formbricks,nps,nps,2,,en,${acme.customerId}`,
    ].join('\n');
    const response = await csv(nps, file);
    expect(response.json()).toMatchObject({
      layout: 'feedback_records',
      rows: 5,
      accepted: 2,
      rejected: 1,
    });
    expect(response.json().rejectedRows[0]).toMatchObject({
      line: 5,
      externalId: 'S-2',
      reason: '/score: is required',
    });
    const stored = await app.inject({
      url: `/api/answers?surveyId=${nps}&q=on time`,
      headers: admin.headers,
    });
    expect(stored.json().items[0]).toMatchObject({
      source: 'formbricks',
      externalId: 'S-1',
      score: 9,
      answeredAt: '2026-02-10T08:00:00.000Z',
      contactName: 'Acme Parts Contact',
      extra: { plan: 'Pro' },
    });
  });

  it('refuses a body that is not CSV, and an unknown survey before reading the file', async () => {
    const json = await app.inject({
      method: 'POST',
      url: `/api/surveys/${nps}/answers:import`,
      headers: admin.headers,
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    const unknown = await csv('srv_01jd0000000000000000000000', 'externalId,score\n');
    expect(unknown.statusCode).toBe(404);
  });
});
