import { findManagerCycle } from '@customeric/domain';
import {
  findValueChains,
  getCommitmentSummary,
  getOrgChart,
  getOrgSettings,
  getValueChainById,
} from '@customeric/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../database/test-database.ts';
import { createDemoCompany, type TDemoCompany } from './create-demo-company.ts';

let first: TTestDatabase;
let second: TTestDatabase;
let demo: TDemoCompany;
let again: TDemoCompany;

const contextOf = (test: TTestDatabase, company: TDemoCompany) => ({
  database: test.database,
  actor: { orgId: company.orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] },
});

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  [demo, again] = await Promise.all([
    createDemoCompany(first.database),
    createDemoCompany(second.database),
  ]);
});
afterAll(async () => {
  await Promise.all([first.drop(), second.drop()]);
});

describe('the demo company’s org', () => {
  it('is one reporting tree under the CEO, without loops, board member aside', async () => {
    const chart = await getOrgChart(contextOf(first, demo));
    const links = new Map(chart.people.map((person) => [person.id, person.managerId]));
    expect(findManagerCycle(links)).toBeNull();
    const roots = chart.people.filter((person) => person.managerId === null);
    expect(roots.map((person) => person.title).sort()).toEqual([
      'Board Member',
      'Chief Executive Officer',
    ]);
    expect(chart.customerDepartmentHeadId).toBe(
      chart.people.find((person) => person.role === 'cco')?.id,
    );
    const lines = Object.fromEntries(
      chart.departments.map((department) => [department.name, department.customerDepartmentLine]),
    );
    expect(lines).toMatchObject({
      'Customer Service': 'direct',
      Sales: 'indirect',
      Billing: 'indirect',
      'Delivery & Logistics': 'indirect',
      'Finance (tax & treasury)': 'none',
    });
    expect(chart.departments.every((department) => department.headId !== null)).toBe(true);
  });

  it('runs both operating models, with shares around the band and a few outside', async () => {
    const settings = await getOrgSettings(contextOf(first, demo));
    expect(settings).toMatchObject({ operatingModel: 'both', targetBand: { min: 25, max: 50 } });
    const summary = await getCommitmentSummary(contextOf(first, demo));
    const { customerWork } = summary;
    expect(customerWork.status).toBe('within');
    expect(customerWork.belowBand + customerWork.aboveBand).toBeGreaterThan(2);
    expect(customerWork.withinBand).toBeGreaterThan(
      customerWork.belowBand + customerWork.aboveBand,
    );
    const finance = summary.departments.find((d) => d.name.startsWith('Finance'));
    expect(finance?.status).toBe('not_customer_facing');
  });

  it('has two value chains with six stages, their managers and handoffs', async () => {
    const context = contextOf(first, demo);
    const chains = await findValueChains(context, {
      limit: 10,
      sort: 'name',
      archived: 'exclude',
    });
    expect(chains.items.map((chain) => [chain.name, chain.stageCount, chain.handoffCount])).toEqual(
      [
        ['Custom widget projects', 6, 5],
        ['Widgets: make, sell, deliver, bill, support', 6, 5],
      ],
    );
    expect(chains.items.every((chain) => chain.managerName)).toBe(true);
    const widgets = await getValueChainById(context, chains.items[1]?.id as string);
    expect(widgets.stages.map((stage) => stage.name)).toEqual([
      'Discover',
      'Buy',
      'Receive',
      'Pay',
      'Get help',
      'Renew',
    ]);
  });

  it('is the same org for the same seed', async () => {
    const shape = async (test: TTestDatabase, company: TDemoCompany) => {
      const chart = await getOrgChart(contextOf(test, company));
      const nameOf = new Map(chart.people.map((person) => [person.id, person.name]));
      return chart.people
        .map((person) => `${person.name}|${person.title}|${nameOf.get(person.managerId ?? '')}`)
        .sort();
    };
    expect(await shape(second, again)).toEqual(await shape(first, demo));
    expect(demo.counts.valueChains).toBe(2);
  });
});
