import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertVoiceCustomer, postSurvey } from '../testing/voice-test.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
const ids: Record<string, string> = {};

const COMMENTS = [
  ['T-1', 2, 'The invoice did not match the order', 'en'],
  ['T-2', 3, 'Wrong amount on the INVOICES again', 'en'],
  ['T-3', 9, 'Friendly support, quick answers', 'en'],
  ['T-4', 4, 'Die Rechnung war falsch', 'de'],
  ['T-5', 10, 'Great product', 'en'],
] as const;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  const survey = await postSurvey(app, admin.headers, {
    name: 'NPS',
    kind: 'nps',
    question: 'Recommend?',
    status: 'active',
  });
  const { customerId } = await insertVoiceCustomer(test.database, org.actor, { name: 'Theme Co' });
  const response = await app.inject({
    method: 'POST',
    url: `/api/surveys/${survey.id}/answers:batch`,
    headers: admin.headers,
    payload: {
      answers: COMMENTS.map(([externalId, score, comment, language], index) => ({
        externalId,
        customerId,
        score,
        comment,
        language,
        answeredAt: `2026-02-0${index + 1}T10:00:00Z`,
      })),
    },
  });
  for (const [index, result] of response.json().results.entries())
    ids[COMMENTS[index]?.[0] as string] = result.id;
});
afterAll(() => stopApiTest({ app, test }));

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

const themedIds = async (themeId: string) =>
  (await send('GET', `/api/answers?themeId=${themeId}`))
    .json()
    .items.map((item: { externalId: string }) => item.externalId)
    .sort();

describe('themes', () => {
  it('previews rules on the latest comments with the words highlighted, saving nothing', async () => {
    const preview = await send('POST', '/api/themes:preview', {
      rules: [{ language: 'en', terms: ['invoic*', 'wrong amount'] }],
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ scanned: 5, matched: 2 });
    const [latest] = body.examples;
    expect(latest.comment).toBe('Wrong amount on the INVOICES again');
    expect(
      latest.highlights.map((h: { start: number; end: number }) =>
        latest.comment.slice(h.start, h.end),
      ),
    ).toEqual(['Wrong amount', 'INVOICES']);
    expect((await send('GET', '/api/themes')).json().items).toEqual([]);
    const invalid = await send('POST', '/api/themes:preview', {
      rules: [{ language: 'en', terms: ['in*voice'] }],
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().errors[0].message).toBe('“in*voice” may have * only at its end');
  });

  it('tags every answer by its rules when saved, and counts them with examples', async () => {
    const created = await send('POST', '/api/themes', {
      name: 'Billing',
      rules: [
        { language: 'en', terms: ['invoic*'] },
        { language: 'de', terms: ['rechnung*'] },
      ],
    });
    expect(created.statusCode).toBe(201);
    const theme = created.json();
    ids.billing = theme.id;
    expect(theme).toMatchObject({ answerCount: 3, byHand: 0, npsCount: 3, detractorCount: 3 });
    expect(theme.examples.map((example: { comment: string }) => example.comment)).toEqual([
      'Die Rechnung war falsch',
      'Wrong amount on the INVOICES again',
      'The invoice did not match the order',
    ]);
    expect(await themedIds(theme.id)).toEqual(['T-1', 'T-2', 'T-4']);
    const twice = await send('POST', '/api/themes', { name: 'billing' });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps what a person decided when the rules change or run again', async () => {
    const themeId = ids.billing as string;
    const tagged = await send('POST', `/api/answers/${ids['T-3']}/themes`, { themeId });
    expect(tagged.json().themes).toEqual([{ id: themeId, name: 'Billing', origin: 'hand' }]);
    expect((await send('DELETE', `/api/answers/${ids['T-1']}/themes/${themeId}`)).statusCode).toBe(
      204,
    );
    expect(await themedIds(themeId)).toEqual(['T-2', 'T-3', 'T-4']);

    const changed = await send('PATCH', `/api/themes/${themeId}`, {
      rules: [{ language: null, terms: ['invoic*', 'wrong amount', 'match the order'] }],
    });
    expect(changed.json()).toMatchObject({ answerCount: 2, byHand: 1 });
    expect(await themedIds(themeId)).toEqual(['T-2', 'T-3']);
    const rerun = await send('POST', '/api/themes:rerun');
    expect(rerun.json()).toMatchObject({ themes: 1, scanned: 5 });
    expect(await themedIds(themeId)).toEqual(['T-2', 'T-3']);
  });

  it('deletes a theme with its tags, and says so for answers and themes that do not exist', async () => {
    const extra = (
      await send('POST', '/api/themes', {
        name: 'Product',
        rules: [{ language: 'en', terms: ['product'] }],
      })
    ).json();
    expect(await themedIds(extra.id)).toEqual(['T-5']);
    expect((await send('DELETE', `/api/themes/${extra.id}`)).statusCode).toBe(204);
    expect(
      (await send('GET', '/api/themes')).json().items.map((item: { name: string }) => item.name),
    ).toEqual(['Billing']);
    const missing = await send('POST', '/api/answers/ans_999999999/themes', {
      themeId: ids.billing,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().detail).toBe('There is no answer ans_999999999.');
  });
});
