import {
  createDemoCompany,
  createTestDatabase,
  signIn,
  type TDemoCompany,
  type TSignedIn,
  type TTestDatabase,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app.ts';

/*
 * The demo's year ends on the day it is made and its story moves with it. On this fixed day
 * the last complete quarter is 2026-Q3 (the billing programme's), the trouble quarter is
 * 2026-Q2 and the quarter before it 2026-Q1 (demo-story.ts).
 */
const TODAY = new Date('2026-11-20T10:00:00Z');

let test: TTestDatabase;
let app: FastifyInstance;
let demo: TDemoCompany;
let cco: TSignedIn;

beforeAll(async () => {
  test = await createTestDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
  try {
    demo = await createDemoCompany(test.database);
  } finally {
    vi.useRealTimers();
  }
  app = await buildApp({ database: test.database });
  cco = await signIn(app, 'cco@acme.example', demo.password);
}, 180_000);
afterAll(async () => {
  await app.close();
  await test.drop();
});

async function get(url: string) {
  const response = await app.inject({ url, headers: cco.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('scores on the demo company', () => {
  it('keeps the score counts of every demo answer', async () => {
    const year = await get('/api/scores?kind=nps&grain=year&from=2025-01-01&to=2026-12-31');
    const answers = await get('/api/answers?kind=nps&limit=1');
    expect(
      year.total.cells.reduce((sum: number, cell: { n: number }) => sum + cell.n, 0),
    ).toBeGreaterThan(1000);
    expect(answers.items).toHaveLength(1);
  });

  it('explains the trouble quarter: Small business, and the broken invoice promise as the top driver', async () => {
    const why = await get('/api/scores/why?kind=nps&period1=2026-Q1&period2=2026-Q2');
    expect(why.change.delta).toBeLessThan(0);
    expect(why.topSegment).toBe('Small business');
    const small = why.mix.segments.find((s: { key: string }) => s.key === 'Small business');
    expect(small.change.real).toBe(true);
    expect(small.change.delta).toBeLessThan(why.change.delta);
    const [top] = why.drivers.items;
    expect(top.kind).toBe('promise');
    expect(top.label.toLowerCase()).toContain('invoice');
    expect(top.segmentPrevalence2).toBeGreaterThan(top.segmentPrevalence1);
    expect(top.liftLow).toBeGreaterThan(0);
    const [, segment, driver] = why.summary;
    expect(segment.text).toContain('Small business segment');
    expect(driver.text.toLowerCase()).toContain('invoice');
    expect(driver.evidence.map((link: { kind: string }) => link.kind)).toContain('breaches');
  });

  it('has eight quarters of market figures and says they are too few to correlate', async () => {
    const market = await get('/api/market/analysis?grain=quarter&kind=nps');
    expect(market.periods).toHaveLength(8);
    expect(market.periods.at(-1).period).toBe('2026-Q3');
    expect(market.periods.at(-1).competitors).toHaveLength(3);
    expect(market.verdict).toMatch(/^Too few periods to conclude/);
  });
});
