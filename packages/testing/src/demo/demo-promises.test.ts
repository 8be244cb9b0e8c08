import type { TCompliancePoint } from '@customeric/contracts';
import { findPromises, getPromiseCompliance, previewPromise } from '@customeric/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';
import { DEMO_PROMISES } from './demo-promises-plan.ts';
import { getDemoStory } from './demo-story.ts';

let test: TTestDatabase;
let demo: TDemoCompany;
const today = new Date();
const story = getDemoStory(today);

const context = () => ({
  database: test.database,
  actor: { orgId: demo.orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

beforeAll(async () => {
  test = await createTestDatabase();
  demo = await createDemoCompany(test.database);
});
afterAll(() => test.drop());

/** Broken share of the resolved outcomes of the months in [from, to). */
function brokenShare(series: TCompliancePoint[], from: Date, to: Date | null): number {
  const inRange = series.filter((point) => {
    const at = new Date(`${point.period}T00:00:00Z`);
    return at >= from && (to === null || at < to);
  });
  const broken = inRange.reduce((sum, point) => sum + point.broken, 0);
  const kept = inRange.reduce((sum, point) => sum + point.kept, 0);
  return broken / (broken + kept);
}

async function billingSeries(segment: string) {
  const promises = await findPromises(context(), { limit: 50, q: 'goof-ups' });
  const goofUps = promises.items[0] as { id: string };
  const report = await getPromiseCompliance(context(), {
    groupBy: 'promise',
    period: 'month',
    promiseId: goofUps.id,
    segment,
    limit: 5,
  });
  return report.series;
}

describe('the demo’s Bill of Rights', () => {
  it('has its promises over both value chains, measured over the year with breaches', async () => {
    const promises = await findPromises(context(), { limit: 50 });
    expect(promises.items).toHaveLength(DEMO_PROMISES.length);
    expect(new Set(promises.items.map((promise) => promise.valueChainId)).size).toBe(2);
    for (const promise of promises.items)
      expect(promise.accountableUserId, promise.internalName).not.toBeNull();
    const year = await getPromiseCompliance(context(), {
      groupBy: 'promise',
      period: 'month',
      limit: 50,
    });
    expect(year.groups).toHaveLength(DEMO_PROMISES.length);
    for (const group of year.groups)
      expect(group.kept + group.broken, group.name).toBeGreaterThan(20);
    const rates = year.groups.map((group) => group.rate ?? 1);
    expect(Math.min(...rates)).toBeLessThan(0.9);
    expect(Math.max(...rates)).toBeGreaterThan(0.95);
    console.log(
      year.groups
        .map((group) => `${group.name}: ${group.kept}/${group.broken}/${group.open}`)
        .join('\n'),
    );
  });

  it('tells the story: Small business billing breaches rise in the trouble quarter and fall after the programme', async () => {
    const series = await billingSeries(story.segment);
    const before = brokenShare(series, new Date(0), story.troubleFrom);
    const trouble = brokenShare(series, story.troubleFrom, story.programmeFrom);
    const after = brokenShare(series, story.programmeFrom, null);
    expect(trouble).toBeGreaterThan(2 * before);
    expect(after).toBeLessThan(trouble / 2);
    const others = await billingSeries('Mid-market');
    expect(brokenShare(others, story.troubleFrom, story.programmeFrom)).toBeLessThan(trouble / 2);
  });

  it('previews a draft rule over the last 90 days of the demo in well under a second', async () => {
    const preview = await previewPromise(context(), {
      rule: DEMO_PROMISES[1]?.rule as never,
      calendarId: null,
      days: 90,
    });
    expect(preview.kept + preview.broken).toBeGreaterThan(500);
    expect(preview.examples.broken.length).toBe(5);
    console.log(`demo preview: ${preview.eventsScanned} events, ${preview.tookMs} ms`);
    expect(preview.tookMs).toBeLessThan(2_000);
  });
});
