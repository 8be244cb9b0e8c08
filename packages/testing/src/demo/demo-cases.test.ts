import { findCases, getBounceRanking, getHandoffFlows, getHeldTimes } from '@customeric/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';

let test: TTestDatabase;
let demo: TDemoCompany;
let seconds: number;

const context = (userId: string | null = null) => ({
  database: test.database,
  actor: { orgId: demo.orgId, userId, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

beforeAll(async () => {
  test = await createTestDatabase();
  const started = performance.now();
  demo = await createDemoCompany(test.database);
  seconds = (performance.now() - started) / 1000;
  console.log(`demo company with cases created in ${seconds.toFixed(1)} s`);
});
afterAll(() => test.drop());

describe('the demo company’s cases', () => {
  it('tells the handoff story: invoice problems bounce between Service and Billing', async () => {
    const flows = await getHandoffFlows(context(), {});
    const name = (id: string) => flows.departments.find((department) => department.id === id)?.name;
    const named = flows.flows.map((flow) => ({
      ...flow,
      from: name(flow.fromDepartmentId),
      to: name(flow.toDepartmentId),
    }));
    const serviceToBilling = named.find(
      (flow) => flow.from === 'Customer Service' && flow.to === 'Billing',
    );
    const billingToService = named.find(
      (flow) => flow.from === 'Billing' && flow.to === 'Customer Service',
    );
    const toDelivery = named.find(
      (flow) => flow.from === 'Customer Service' && flow.to === 'Delivery & Logistics',
    );
    expect(flows.period.cases).toBeGreaterThan(500);
    expect(serviceToBilling?.count).toBeGreaterThan(50);
    expect(billingToService?.bounces).toBeGreaterThan(10);
    expect(toDelivery?.count).toBeGreaterThan(100);
    const bounces = await getBounceRanking(context(), {});
    // Service → Billing → Service → Billing: both directions top the ranking.
    expect(
      bounces.items
        .slice(0, 2)
        .map((item) => [item.fromDepartmentName, item.toDepartmentName].sort().join(' ↔ ')),
    ).toEqual(['Billing ↔ Customer Service', 'Billing ↔ Customer Service']);
    const held = await getHeldTimes(context(), {});
    const billing = held.items.find((item) => item.departmentName === 'Billing');
    expect(billing).toMatchObject({ olaHours: 24 });
    expect(billing?.overOla).toBeGreaterThan(0);
  });

  it('leaves a few cases open, some of them with the demo employee', async () => {
    const open = await findCases(context(), {
      statusCategory: 'active',
      limit: 200,
      sort: '-openedAt',
    });
    expect(open.items.length).toBeGreaterThan(5);
    expect(open.items.length).toBeLessThan(200);
    const agent = demo.logins.find((login) => login.email === 'agent@acme.example');
    expect(open.items.some((item) => item.frontOwnerName === agent?.name)).toBe(true);
    const closed = await findCases(context(), {
      statusCategory: 'closed',
      limit: 50,
      sort: '-openedAt',
    });
    expect(closed.items.every((item) => item.rootCause && item.resolvedAt)).toBe(true);
  });
});
