import { findCustomers, getEventStats, getTimelineSummary } from '@customeric/services';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';
import { DEMO_DEPARTMENTS } from './demo-departments.ts';

let test: TTestDatabase;
let demo: TDemoCompany;
let seconds: number;

const context = () => ({
  database: test.database,
  actor: { orgId: demo.orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

async function ownerQuery<T>(text: string): Promise<T[]> {
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query("SELECT set_config('app.org_id', $1, true)", [demo.orgId]);
    return (await owner.query(text)).rows as T[];
  } finally {
    await owner.end();
  }
}

beforeAll(async () => {
  test = await createTestDatabase();
  const started = performance.now();
  demo = await createDemoCompany(test.database);
  seconds = (performance.now() - started) / 1000;
});
afterAll(() => test.drop());

describe('the demo company’s customers and events', () => {
  it('has about 2,000 customers across segments and levels, churned ones mostly over poor service', async () => {
    expect(demo.counts.customers).toBe(2_000);
    const churn = await ownerQuery<{ reason: string; n: number }>(
      "SELECT churn_reason AS reason, count(*)::int AS n FROM customers WHERE status = 'churned' GROUP BY 1",
    );
    const churned = churn.reduce((sum, row) => sum + row.n, 0);
    const poor = churn.find((row) => row.reason === 'poor service')?.n ?? 0;
    expect(churned).toBeGreaterThan(150);
    expect(poor / churned).toBeGreaterThan(0.55);
    expect(poor / churned).toBeLessThan(0.8);
    const levels = await ownerQuery<{ level: string }>(
      'SELECT DISTINCT relationship_level AS level FROM customers',
    );
    expect(levels).toHaveLength(3);
    const page = await findCustomers(context(), { limit: 10, sort: 'name', q: '@' });
    expect(page.items.length).toBe(10);
  });

  it('has a year of events in every customer-facing department, created fast', async () => {
    const stats = await getEventStats(context());
    expect(stats.totalEvents).toBeGreaterThan(50_000);
    const facing = DEMO_DEPARTMENTS.filter((department) => department.customerFacing).map(
      (department) => department.name,
    );
    const named = stats.byDepartment.map((row) => row.name);
    for (const name of facing.filter((department) => department !== 'Market Research'))
      expect(named, name).toContain(name);
    const [span] = await ownerQuery<{ days: number }>(
      'SELECT extract(day FROM max(occurred_at) - min(occurred_at))::int AS days FROM events',
    );
    expect(span?.days).toBeGreaterThan(350);
    // npm start creates the demo on a fresh clone and must stay under a minute in all.
    expect(seconds).toBeLessThan(30);
  });

  it('shows a churned-over-poor-service customer passing through several silos before leaving', async () => {
    const [customer] = await ownerQuery<{ id: string }>(
      "SELECT id FROM customers WHERE churn_reason = 'poor service' ORDER BY name LIMIT 1",
    );
    const summary = await getTimelineSummary(context(), customer?.id as string);
    expect(summary.departments.length).toBeGreaterThanOrEqual(3);
    expect(summary.types.map((type) => type.type)).toEqual(
      expect.arrayContaining(['order.placed', 'invoice.issued']),
    );
  });
});
