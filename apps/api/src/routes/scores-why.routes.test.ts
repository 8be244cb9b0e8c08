import { getScoreOverview } from '@customeric/services';
import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { buildWhyWorld, type TWhyWorld } from '../testing/why-world.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;
let world: TWhyWorld;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  world = await buildWhyWorld(test.database, org.organization.id);
});
afterAll(() => stopApiTest({ app, test }));

async function why(query: string) {
  const response = await app.inject({ url: `/api/scores/why?${query}`, headers: admin.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/scores/why', () => {
  it('measures the fall: NPS 30 in both segments in Q1; in Q2 Small business loses 20 answers to detractors', async () => {
    const result = await why('period1=2026-Q1&period2=2026-Q2');
    expect(result).toMatchObject({ n1: 80, n2: 80, value1: 30, topSegment: 'Small business' });
    // Q2: Enterprise 20 P, 12 Pa, 8 D; Small business 10 P, 6 Pa, 24 D of 40 → (30 − 32) / 80
    expect(result.value2).toBeCloseTo(-2.5, 9);
    expect(result.change.real).toBe(true);
    expect(result.mix.mix).toBeCloseTo(0, 9);
    const small = result.mix.segments.find((s: { key: string }) => s.key === 'Small business');
    expect(small.total).toBeCloseTo(result.change.delta, 9);
  });

  it('names the broken promise as the top driver, with its lift, prevalence and evidence', async () => {
    const result = await why('period1=2026-Q1&period2=2026-Q2');
    const [top] = result.drivers.items;
    expect(top.key).toBe(`promise:${world.promiseId}`);
    expect(top.label).toBe('Broken: The invoice equals the order');
    expect(top.prevalence1).toBeCloseTo(2 / 80, 9);
    expect(top.prevalence2).toBeCloseTo(20 / 80, 9);
    expect(top.segmentPrevalence2).toBeCloseTo(20 / 40, 9);
    // Unhappy with it: all 22 of 22; without it: 14 of 78 in Q1 and 12 of 60 in Q2
    expect(top.lift).toBeCloseTo(100 * (1 - 26 / 138), 9);
    expect(top.liftLow).toBeGreaterThan(60);
    expect(top.evidence).toContainEqual({
      kind: 'breaches',
      label: 'Its breaches in Small business',
      query: {
        promiseId: world.promiseId,
        from: '2026-01-01',
        to: '2026-06-30',
        segment: 'Small business',
      },
    });
    const theme = result.drivers.items.find(
      (d: { key: string }) => d.key === `theme:${world.themeId}`,
    );
    expect(theme.contribution).toBeCloseTo(0, 9);
    expect(theme.lift).toBeLessThan(0);
  });

  it('writes the summary from those numbers, each reason with its evidence', async () => {
    const { summary } = await why('period1=2026-Q1&period2=2026-Q2');
    expect(summary.map((s: { about: string }) => s.about)).toEqual(['change', 'segment', 'driver']);
    expect(summary[0].text).toMatch(/^NPS fell 33 points, from 30 in 2026-Q1 to −3 in 2026-Q2;/);
    expect(summary[1].text).toMatch(/^Most of it is the Small business segment/);
    expect(summary[1].evidence[0].query).toEqual({
      kind: 'nps',
      from: '2026-04-01',
      to: '2026-06-30',
      segment: 'Small business',
      npsGroup: 'detractor',
    });
    expect(summary[2].text).toContain(
      '‘The invoice equals the order’ promise in the 90 days before answering',
    );
    expect(summary[2].text).toContain('(in Small business: 50\u00a0%, from 5\u00a0%)');
  });

  it('counts only breaches inside the window before each answer', async () => {
    const result = await why('period1=2026-Q1&period2=2026-Q2&windowDays=14');
    const top = result.drivers.items.find(
      (d: { key: string }) => d.key === `promise:${world.promiseId}`,
    );
    // Broken on 10 April and 10 January; answered mid-May and mid-February: outside 14 days.
    expect(top).toBeUndefined();
  });

  it('defaults to the last complete quarter against the one before', async () => {
    const response = await app.inject({
      url: '/api/scores/why?period2=2026-Q2',
      headers: admin.headers,
    });
    expect(response.json().period1.label).toBe('2026-Q1');
    const wrong = await app.inject({
      url: '/api/scores/why?period1=2026-Q2&period2=2026-03',
      headers: admin.headers,
    });
    expect(wrong.statusCode).toBe(400);
  });
});

describe('the CCO dashboard overview', () => {
  it('shows each key score of the last complete quarter and the reasons for its move', async () => {
    const overview = await getScoreOverview(
      { database: test.database, actor: org.actor },
      new Date('2026-07-15T12:00:00Z'),
    );
    expect(overview.scores.map((score) => score.kind)).toEqual(['nps']);
    const [nps] = overview.scores;
    expect(nps?.latest).toMatchObject({ period: '2026-Q2', n: 80 });
    expect(nps?.latest.change?.real).toBe(true);
    expect(nps?.trend).toHaveLength(8);
    expect(overview.why).toMatchObject({ kind: 'nps', period1: '2026-Q1', period2: '2026-Q2' });
    expect(overview.why?.summary[2]?.evidence.map((link) => link.kind)).toEqual([
      'breaches',
      'breaches',
    ]);
    const response = await app.inject({ url: '/api/scores/overview', headers: admin.headers });
    expect(response.statusCode).toBe(200);
  });
});
