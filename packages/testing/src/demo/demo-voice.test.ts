import { findAnswers, findSurveys, findThemes } from '@customeric/services';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';
import { getDemoStory } from './demo-story.ts';

let test: TTestDatabase;
let demo: TDemoCompany;

const context = () => ({
  database: test.database,
  actor: { orgId: demo.orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

async function ownerQuery<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query("SELECT set_config('app.org_id', $1, true)", [demo.orgId]);
    return (await owner.query(text, values)).rows as T[];
  } finally {
    await owner.end();
  }
}

/*
 * The demo's year ends on the day it is made and its story quarters move with it. A fixed
 * "today" late in a quarter gives the test a full quarter before the trouble, the trouble
 * quarter and months after the programme started, whatever day the test runs.
 */
const TODAY = new Date('2026-11-20T10:00:00Z');

beforeAll(async () => {
  test = await createTestDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
  try {
    demo = await createDemoCompany(test.database);
  } finally {
    vi.useRealTimers();
  }
});
afterAll(() => test.drop());

/** Detractor share of the story segment's NPS answers, split by a corrected invoice in the 60 days before. */
const BY_CORRECTION = `
  SELECT (EXISTS (SELECT 1 FROM events e WHERE e.customer_id = a.customer_id
            AND e.type = 'invoice.corrected' AND e.occurred_at < a.answered_at
            AND e.occurred_at >= a.answered_at - interval '60 days')) AS corrected,
    count(*)::int AS n, avg((a.score <= 6)::int)::float AS detractors,
    avg((a.comment ILIKE ANY (ARRAY['%invoice%', '%billing%', '%rechnung%']))::int)::float AS billing
  FROM survey_answers a WHERE a.kind = 'nps' AND a.segment = $1 GROUP BY 1`;

describe('the demo company’s voice', () => {
  it('has three active surveys and a draft, several thousand answers, and themes with examples', async () => {
    const surveys = (await findSurveys(context(), { limit: 10 })).items;
    expect(surveys.map((survey) => [survey.kind, survey.status]).sort()).toEqual([
      ['ces', 'active'],
      ['csat', 'active'],
      ['custom', 'draft'],
      ['nps', 'active'],
    ]);
    const total = surveys.reduce((sum, survey) => sum + survey.answerCount, 0);
    expect(total).toBeGreaterThan(3_000);
    const csat = surveys.find((survey) => survey.kind === 'csat');
    expect(csat).toMatchObject({
      touchpointType: 'delivery.completed',
      departmentName: 'Delivery & Logistics',
      stageName: 'Receive',
    });
    const themes = (await findThemes(context())).items;
    expect(themes.map((theme) => theme.name).sort()).toEqual([
      'Billing',
      'Delivery',
      'Price',
      'Product',
      'Support',
    ]);
    for (const theme of themes) {
      expect(theme.answerCount, theme.name).toBeGreaterThan(50);
      expect(theme.examples.length, theme.name).toBe(3);
    }
    const german = await findAnswers(context(), { limit: 5, q: 'Rechnung' });
    expect(german.items[0]).toMatchObject({
      language: 'de',
      themes: expect.arrayContaining([expect.objectContaining({ name: 'Billing' })]),
    });
  });

  it('follows the customers’ own events: a corrected invoice before answering makes billing detractors', async () => {
    const story = getDemoStory(TODAY);
    const rows = await ownerQuery<{
      corrected: boolean;
      n: number;
      detractors: number;
      billing: number;
    }>(BY_CORRECTION, [story.segment]);
    const corrected = rows.find((row) => row.corrected);
    const clean = rows.find((row) => !row.corrected);
    expect(corrected?.n).toBeGreaterThan(40);
    expect(corrected?.detractors).toBeGreaterThan(0.6);
    expect(clean?.detractors).toBeLessThan(0.35);
    expect(corrected?.billing).toBeGreaterThan(0.5);
    expect(clean?.billing).toBeLessThan(0.1);
  });

  it('tells the story: the segment’s detractors rise in the trouble quarter and fall after the programme', async () => {
    const story = getDemoStory(TODAY);
    const quarters = await ownerQuery<{ period: string; n: number; detractors: number }>(
      `SELECT CASE WHEN answered_at < $2 THEN 'before' WHEN answered_at < $3 THEN 'trouble' ELSE 'after' END AS period,
         count(*)::int AS n, avg((score <= 6)::int)::float AS detractors
       FROM survey_answers WHERE kind = 'nps' AND segment = $1
         AND answered_at >= $2::timestamptz - interval '3 months' GROUP BY 1`,
      [story.segment, story.troubleFrom, story.programmeFrom],
    );
    const share = Object.fromEntries(quarters.map((row) => [row.period, row.detractors]));
    expect(quarters.every((row) => row.n > 200)).toBe(true);
    expect(share.trouble).toBeGreaterThan((share.before as number) + 0.07);
    expect(share.after).toBeLessThan((share.trouble as number) - 0.07);
  });
});
