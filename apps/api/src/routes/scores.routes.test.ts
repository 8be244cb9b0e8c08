import type { TSignedIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { insertScoreAnswers, repeatAnswer } from '../testing/score-answers.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: TSignedIn;

// 2026-Q1: 50 promoters, 30 passives, 20 detractors (NPS 30); Q2: 55 / 25 / 20 (NPS 35).
// REFERENCE.md: adjusted Wald 29.13 [14.05, 44.20]; the change +5 has p = .653.
// Small business answers 5 / 3 / 2 of Q2's: a small sample, shown and marked.
function quarter(
  month: string,
  promoters: number,
  passives: number,
  detractors: number,
  segment: string,
) {
  const at = (day: number) => `2026-${month}-${String(day).padStart(2, '0')}T10:00:00Z`;
  return [
    ...repeatAnswer(promoters, { score: 10, answeredAt: at(3), segment }),
    ...repeatAnswer(passives, { score: 7, answeredAt: at(12), segment }),
    ...repeatAnswer(detractors, { score: 0, answeredAt: at(20), segment }),
  ];
}

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  const orgId = org.organization.id;
  await insertScoreAnswers(test.database, orgId, quarter('02', 50, 30, 20, 'Enterprise'));
  await insertScoreAnswers(test.database, orgId, [
    ...quarter('05', 50, 22, 18, 'Enterprise'),
    ...quarter('04', 5, 3, 2, 'Small business'),
  ]);
  // CSAT in Q1: 81 of 263 answers in the top two boxes (REFERENCE.md: Wilson [.2553, .3662]).
  await insertScoreAnswers(test.database, orgId, [
    ...repeatAnswer(81, { kind: 'csat', score: 5, answeredAt: '2026-03-30T23:59:59Z' }),
    ...repeatAnswer(182, { kind: 'csat', score: 2, answeredAt: '2026-01-01T00:00:00Z' }),
  ]);
});
afterAll(() => stopApiTest({ app, test }));

async function table(query: string) {
  const response = await app.inject({ url: `/api/scores?${query}`, headers: admin.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/scores', () => {
  it('gives NPS by quarter with the adjusted Wald interval, the answers and the change with its p-value', async () => {
    const scores = await table('kind=nps&grain=quarter&from=2026-01-01&to=2026-06-30');
    expect(scores.periods.map((p: { label: string }) => p.label)).toEqual(['2026-Q1', '2026-Q2']);
    const [q1, q2] = scores.total.cells;
    expect(q1).toMatchObject({
      period: '2026-Q1',
      n: 100,
      value: 30,
      promoters: 50,
      smallSample: false,
    });
    expect(q1.low).toBeCloseTo(14.05, 2);
    expect(q1.high).toBeCloseTo(44.2, 1);
    expect(q1.change).toBeNull();
    expect(q2).toMatchObject({ n: 100, value: 35 });
    expect(q2.change.delta).toBeCloseTo(5, 9);
    expect(q2.change.pValue).toBeCloseTo(0.653, 3);
    expect(q2.change.real).toBe(false);
  });

  it('splits by segment and marks the small sample instead of hiding it', async () => {
    const scores = await table('kind=nps&grain=quarter&from=2026-04-01&to=2026-06-30&by=segment');
    expect(scores.groups.map((g: { label: string }) => g.label)).toEqual([
      'Enterprise',
      'Small business',
    ]);
    const small = scores.groups[1].cells[0];
    expect(small).toMatchObject({ n: 10, value: 30, smallSample: true });
    expect(small.low).toBeCloseTo(-19.05, 2);
    expect(small.high).toBeCloseTo(65.2, 1);
    expect(small.change).toBeNull();
  });

  it('gives CSAT as the top-2-box share with the Wilson interval, by month', async () => {
    const scores = await table('kind=csat&grain=month&from=2026-01-01&to=2026-03-31');
    const [january, february, march] = scores.total.cells;
    expect(january).toMatchObject({ n: 182, value: 0 });
    expect(february).toMatchObject({ n: 0, value: null, low: null, smallSample: false });
    expect(march.value).toBe(100);
    const quarterly = await table('kind=csat&grain=quarter&from=2026-01-01&to=2026-03-31');
    expect(quarterly.unit).toBe('%');
    expect(quarterly.total.cells[0].low).toBeCloseTo(25.53, 2);
    expect(quarterly.total.cells[0].high).toBeCloseTo(36.62, 2);
  });

  it('filters by a dimension, none meaning the answers without it', async () => {
    const scores = await table(
      'grain=quarter&from=2026-01-01&to=2026-06-30&segment=Small%20business',
    );
    expect(scores.total.cells.map((c: { n: number }) => c.n)).toEqual([0, 10]);
    const none = await table('grain=year&from=2026-01-01&segment=none');
    expect(none.total.cells[0].n).toBe(0);
  });

  it('refuses a range that ends before it starts', async () => {
    const response = await app.inject({
      url: '/api/scores?from=2026-06-01&to=2026-01-01',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/from');
  });
});

describe('GET /api/scores/control-chart', () => {
  it('marks weeks outside the limits their answers give, and says what the chart means', async () => {
    const response = await app.inject({
      url: '/api/scores/control-chart?kind=nps&weeks=26&to=2026-06-30',
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    const chart = response.json();
    expect(chart.weeks).toHaveLength(26);
    expect(chart.weeks.at(-1).period).toBe('2026-W27');
    // 3 February: 50 promoters alone in their week; 20 February: 20 detractors alone.
    const promoters = chart.weeks.find((week: { start: string }) => week.start === '2026-02-02');
    expect(promoters).toMatchObject({ n: 50, value: 100, signal: 'up' });
    const detractors = chart.weeks.find((week: { start: string }) => week.start === '2026-02-16');
    expect(detractors).toMatchObject({ n: 20, value: -100, signal: 'down' });
    expect(detractors.upper - detractors.lower).toBeGreaterThan(promoters.upper - promoters.lower);
    // Every week outside its limits is named, not only the newest.
    expect(chart.verdict).toMatch(
      /^\d+ weeks are outside their limits \(.*2026-W06 above, 2026-W08 below.*\): real changes in those weeks, not noise\.$/,
    );
  });
});

describe('score counts kept as answers arrive', () => {
  it('equal the counts of the raw answers, whatever batches they came in, also after a deletion', async () => {
    const owner = new pg.Client({ connectionString: test.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`SELECT set_config('app.org_id', $1, false)`, [org.organization.id]);
      const query = (table: string) => `
        SELECT kind, grain, period_start::text, segment, sum(n)::int AS n, sum(promoters)::int AS p,
          sum(detractors)::int AS d, sum(top2)::int AS top2, sum(score_sum)::int AS s
        FROM ${table} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`;
      const raw = `(SELECT kind, g.grain, date_trunc(g.grain, answered_at AT TIME ZONE 'UTC')::date AS period_start,
          coalesce(segment, '') AS segment, 1 AS n, (score >= 9 AND kind = 'nps')::int AS promoters,
          (score <= 6 AND kind = 'nps')::int AS detractors,
          (score >= CASE kind WHEN 'nps' THEN 9 WHEN 'csat' THEN 4 ELSE 6 END)::int AS top2, score AS score_sum
        FROM survey_answers CROSS JOIN (VALUES ('week'), ('month')) g(grain)) raw`;
      const kept = await owner.query(query('score_counts'));
      const fromAnswers = await owner.query(query(raw));
      expect(kept.rows.length).toBeGreaterThan(4);
      expect(kept.rows).toEqual(fromAnswers.rows);
      // An erasure by the owner (the app role cannot delete answers) takes the counts along.
      await owner.query(
        `DELETE FROM survey_answers WHERE segment = 'Small business' OR (kind = 'csat' AND score = 5)`,
      );
      const afterKept = await owner.query(query('score_counts'));
      expect(afterKept.rows).toEqual((await owner.query(query(raw))).rows);
      expect(afterKept.rows.some((row) => row.segment === 'Small business')).toBe(false);
    } finally {
      await owner.end();
    }
  });
});
