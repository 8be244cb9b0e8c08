import { createApiKey } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertScoreAnswers, repeatAnswer } from '../testing/score-answers.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
});
afterAll(() => stopApiTest({ app, test }));

const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  app.inject({ method, url, headers: admin.headers, ...(payload ? { payload } : {}) });

const csv = (text: string) =>
  app.inject({
    method: 'POST',
    url: '/api/market/periods:import',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: text,
  });

describe('competitors', () => {
  it('adds, renames and removes a competitor, and refuses a second one of the same name', async () => {
    const created = await send('POST', '/api/market/competitors', {
      name: 'Globex',
      website: 'https://globex.example',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect((await send('POST', '/api/market/competitors', { name: 'globex' })).statusCode).toBe(
      409,
    );
    const renamed = await send('PATCH', `/api/market/competitors/${id}`, { name: 'Globex Corp' });
    expect(renamed.json()).toMatchObject({
      name: 'Globex Corp',
      website: 'https://globex.example',
    });
    expect((await send('DELETE', `/api/market/competitors/${id}`)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/market/competitors/${id}`)).statusCode).toBe(404);
  });
});

describe('market periods', () => {
  it('enters a quarter with competitors’ shares and refuses shares above the whole market', async () => {
    const { id } = (await send('POST', '/api/market/competitors', { name: 'Initech' })).json();
    const saved = await send('PUT', '/api/market/periods/2025-Q3', {
      marketSize: 5_000_000,
      ourShare: 0.21,
      revenue: 1_050_000.5,
      profit: 98_000,
      currency: 'EUR',
      competitorShares: [{ competitorId: id, share: 0.34 }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      period: '2025-Q3',
      grain: 'quarter',
      startsOn: '2025-07-01',
      ourShare: 0.21,
      revenue: 1_050_000.5,
      source: 'entered',
      competitors: [{ competitorId: id, name: 'Initech', share: 0.34 }],
    });
    const tooMuch = await send('PUT', '/api/market/periods/2025-Q3', {
      ourShare: 0.7,
      competitorShares: [{ competitorId: id, share: 0.34 }],
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(tooMuch.json().detail).toContain('104.0 %');
    expect((await send('PUT', '/api/market/periods/2025-W07', { ourShare: 0.2 })).statusCode).toBe(
      400,
    );
  });

  it('imports a CSV file, adding competitors it names, and reports every bad row without saving any', async () => {
    const bad = await csv(
      'period,our_share,revenue,share:Umbrella\n2025-Q1,0.2,100,12 %\n2025-Q5,20,abc,0.1\n',
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(['/line/3/our_share', '/line/3/period', '/line/3/revenue']);
    const names = (
      await app.inject({ url: '/api/market/competitors', headers: admin.headers })
    ).json();
    expect(names.items.map((c: { name: string }) => c.name)).not.toContain('Umbrella');
    const good = await csv(
      'period,market_size,our_share,revenue,profit,currency,share:Umbrella\n2025-Q1,4800000,19.5 %,950000,81000,EUR,0.12\n2025-Q2,4900000,0.2,990000,90000,EUR,\n',
    );
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ rows: 2, saved: 2, competitorsCreated: ['Umbrella'] });
    const list = (
      await app.inject({ url: '/api/market/periods?grain=quarter', headers: admin.headers })
    ).json();
    expect(list.items.map((p: { period: string }) => p.period)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
    ]);
    expect(list.items[0]).toMatchObject({
      ourShare: 0.195,
      source: 'import',
      competitors: [{ name: 'Umbrella', share: 0.12 }],
    });
  });

  it('takes a batch from another system with a scoped API key, all or none', async () => {
    const { secret } = await createApiKey(
      { database: test.database, actor: org.actor },
      { name: 'ERP', scopes: ['market.write'] },
    );
    const batch = (periods: unknown[]) =>
      app.inject({
        method: 'POST',
        url: '/api/market/periods:batch',
        headers: { authorization: `Bearer ${secret}` },
        payload: { periods },
      });
    const refused = await batch([{ period: '2025-Q4', revenue: 1 }, { period: '2025-Q4x' }]);
    expect(refused.statusCode).toBe(400);
    const saved = await batch([{ period: '2025-Q4', revenue: 1_100_000, ourShare: 0.22 }]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().items.find((p: { period: string }) => p.period === '2025-Q4').source).toBe(
      'api',
    );
  });
});

describe('GET /api/market/analysis', () => {
  it('sets scores beside the market figures and says plainly that four quarters are too few', async () => {
    await insertScoreAnswers(test.database, org.organization.id, [
      ...repeatAnswer(30, { score: 10, answeredAt: '2025-02-10T10:00:00Z' }),
      ...repeatAnswer(10, { score: 2, answeredAt: '2025-05-10T10:00:00Z' }),
    ]);
    const response = await app.inject({
      url: '/api/market/analysis?grain=quarter&kind=nps',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const analysis = response.json();
    expect(analysis.periods.map((p: { period: string }) => p.period)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
    ]);
    expect(analysis.periods[0].score).toMatchObject({ value: 100, n: 30, smallSample: false });
    expect(analysis.periods[1].score).toMatchObject({ value: -100, n: 10, smallSample: true });
    expect(analysis.periods[2].score).toBeNull();
    for (const metric of analysis.correlations)
      for (const lag of metric.lags) expect(lag.verdict).toBe('too_few_periods');
    expect(analysis.verdict).toMatch(
      /^Too few periods to conclude: 4 periods \(2 with customer scores\)/,
    );
  });

  it('keeps an audit trail of the money figures', async () => {
    const audit = (await app.inject({ url: '/api/audit', headers: admin.headers })).json();
    expect(
      audit.items.some((entry: { action: string }) => entry.action === 'market.period_saved'),
    ).toBe(true);
  });
});
