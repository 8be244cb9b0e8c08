import { withTenant } from '@customeric/db';
import {
  findCaseEscalations,
  findLearnings,
  getBridgePeople,
  getProgrammeOverview,
} from '@customeric/services';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';

let test: TTestDatabase;
let demo: TDemoCompany;

const context = () => ({
  database: test.database,
  actor: { orgId: demo.orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

beforeAll(async () => {
  test = await createTestDatabase();
  const started = performance.now();
  demo = await createDemoCompany(test.database);
  console.log(`demo company created in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
afterAll(() => test.drop());

describe('the demo company’s executive programme, clocks and closed loop', () => {
  it('has six months of the programme, completed and overdue months among them', async () => {
    const overview = await getProgrammeOverview(context(), { months: 6 });
    const cells = overview.executives.flatMap((row) => row.cells.slice(0, 5));
    expect(overview.executives.length).toBeGreaterThanOrEqual(3);
    expect(overview.totals.assigned).toBeGreaterThan(40);
    expect(cells.some((cell) => cell.assigned > 0 && cell.handled === cell.assigned)).toBe(true);
    expect(cells.some((cell) => cell.overdue > 0)).toBe(true);
    expect(overview.totals.calls).toBeGreaterThan(10);
    console.log('programme totals', overview.totals, 'executives', overview.executives.length);
  });

  it('has learnings from calls and handled complaints', async () => {
    const feed = await findLearnings(context(), { limit: 30 });
    expect(new Set(feed.items.map((item) => item.kind))).toEqual(new Set(['call', 'handling']));
  });

  it('raised warnings, breaches and escalations on open cases, and opened follow-ups of detractors', async () => {
    const escalations = await findCaseEscalations(context(), { limit: 200 });
    expect(new Set(escalations.items.map((item) => item.kind))).toEqual(
      new Set(['warning', 'breach', 'escalation']),
    );
    const counts = await withTenant(test.database, demo.orgId, (tx) =>
      tx.execute<{ follow_ups: number; closed: number; escalations: number }>(sql`
        SELECT (SELECT count(*) FROM case_follow_ups)::int AS follow_ups,
          (SELECT count(*) FROM case_follow_ups WHERE closed_at IS NOT NULL)::int AS closed,
          (SELECT count(*) FROM case_escalations)::int AS escalations`),
    );
    console.log('closed loop and clocks', counts.rows[0]);
    expect(counts.rows[0]?.follow_ups).toBeGreaterThan(3);
    expect(counts.rows[0]?.closed).toBeGreaterThan(0);
  });

  it('ranks bridge people from the year of cases', async () => {
    const bridges = await getBridgePeople(context(), {});
    expect(bridges.crossCases).toBeGreaterThan(100);
    expect(bridges.people[0]?.betweenness).toBeGreaterThan(0);
    console.log(
      'top bridges',
      bridges.people
        .slice(0, 3)
        .map((person) => [
          person.name,
          person.departmentName,
          person.betweenness.toFixed(1),
          person.resolvedCrossCases,
        ]),
    );
  });
});
