import type { TBounceRanking, TCaseLedger, THandoffFlows, THeldTimes } from '@customeric/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest, type TApiTest } from '../testing/api-test.ts';
import { createCasesWorld, openCase, type TCasesWorld } from '../testing/cases-world.ts';

let started: TApiTest;
let world: TCasesWorld;

const T0 = Date.parse('2026-01-05T08:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
const PERIOD = 'from=2026-01-01&to=2026-01-31';

function post(url: string, payload: Record<string, unknown>) {
  return started.app.inject({ method: 'POST', url, headers: world.agent.headers, payload });
}

async function handOff(
  caseId: string,
  to: string,
  hours: number,
  reason: string,
  toUserId?: string,
) {
  const response = await post(`/api/cases/${caseId}/handoffs`, {
    toDepartmentId: to,
    reason,
    at: at(hours),
    ...(toUserId ? { toUserId } : {}),
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json();
}

async function resolve(caseId: string, hours: number) {
  const response = await post(`/api/cases/${caseId}/transitions`, {
    to: 'resolved',
    rootCause: 'The order was keyed in twice',
    at: at(hours),
  });
  if (response.statusCode !== 200) throw new Error(response.body);
}

let invoiceCase: string;

beforeAll(async () => {
  started = await startApiTest({ mailer: null });
  world = await createCasesWorld(started);
  const { service, billing, delivery } = world.departments;
  const open = async (subject: string) =>
    (
      await openCase(started.app, world.agent, {
        customerId: world.customerId,
        subject,
        departmentId: service,
        ownerUserId: world.people.agent.id,
        openedAt: at(0),
      })
    ).id;
  // Service → Billing → straight back to Service, resolved there: 2 h + 1 h in Service, 6 h in Billing.
  invoiceCase = await open('Invoice twice the order');
  await handOff(invoiceCase, billing, 2, 'The invoice is wrong', world.people.biller.id);
  await handOff(invoiceCase, service, 8, 'The order was wrong, not the invoice');
  await resolve(invoiceCase, 9);
  // Service → Delivery, resolved after two days there.
  const late = await open('Pallet never arrived');
  await handOff(late, delivery, 1, 'Only logistics can trace it');
  await resolve(late, 49);
  await started.app.inject({
    method: 'PUT',
    url: '/api/case-settings',
    headers: started.admin.headers,
    payload: { defaultOlaHours: 24, departmentTargets: [{ departmentId: billing, olaHours: 4 }] },
  });
});
afterAll(() => stopApiTest(started));

describe('the ledger of one case', () => {
  it('shows who held it how long, the bounce and that it came back', async () => {
    const ledger = (
      await started.app.inject({
        url: `/api/cases/${invoiceCase}/ledger`,
        headers: world.agent.headers,
      })
    ).json() as TCaseLedger;
    expect(ledger).toMatchObject({ handoffCount: 2, bounceCount: 1, cameBack: true });
    expect(
      ledger.heldByDepartment.map((held) => [held.departmentName, held.hours, held.olaHours]),
    ).toEqual([
      ['Billing', 6, 4],
      ['Customer Service', 3, 24],
    ]);
    expect(
      ledger.steps.map((step) => [
        step.fromDepartmentName,
        step.toDepartmentName,
        step.reason,
        step.isBounce,
        step.bouncedBack,
      ]),
    ).toEqual([
      ['Customer Service', 'Billing', 'The invoice is wrong', false, true],
      ['Billing', 'Customer Service', 'The order was wrong, not the invoice', true, false],
    ]);
    expect(ledger.steps[0]?.toUserName).toBe('Amara Biller');
  });

  it('keeps the counts on the case for the list', async () => {
    const list = (
      await started.app.inject({ url: '/api/cases?bounced=true', headers: world.agent.headers })
    ).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([invoiceCase]);
    expect(list.items[0]).toMatchObject({ handoffCount: 2, bounceCount: 1 });
  });
});

describe('the figures across cases', () => {
  const get = async <T>(path: string) =>
    (
      await started.app.inject({ url: `${path}?${PERIOD}`, headers: started.admin.headers })
    ).json() as T;

  it('gives the Sankey its flows between departments', async () => {
    const flows = await get<THandoffFlows>('/api/case-ledger/flows');
    const name = (id: string) => flows.departments.find((d) => d.id === id)?.name;
    expect(flows.period).toEqual({ from: '2026-01-01', to: '2026-01-31', cases: 2 });
    expect(
      flows.flows
        .map((flow) => [
          name(flow.fromDepartmentId),
          name(flow.toDepartmentId),
          flow.count,
          flow.bounces,
        ])
        .sort(),
    ).toEqual([
      ['Billing', 'Customer Service', 1, 1],
      ['Customer Service', 'Billing', 1, 0],
      ['Customer Service', 'Delivery', 1, 0],
    ]);
  });

  it('compares the time each department held a case with its target', async () => {
    const held = await get<THeldTimes>('/api/case-ledger/held-times');
    expect(
      held.items
        .map((item) => [
          item.departmentName,
          item.completed,
          item.medianHours,
          item.p90Hours,
          item.olaHours,
          item.overOla,
        ])
        .sort(),
    ).toEqual([
      ['Billing', 1, 6, 6, 4, 1],
      ['Customer Service', 3, 1, 1.8, 24, 0],
      ['Delivery', 1, 48, 48, 24, 1],
    ]);
    // The department that held the most cases comes first.
    expect(held.items[0]?.departmentName).toBe('Customer Service');
  });

  it('ranks the handoff that came straight back', async () => {
    const bounces = await get<TBounceRanking>('/api/case-ledger/bounces');
    expect(bounces.items).toEqual([
      expect.objectContaining({
        fromDepartmentName: 'Customer Service',
        toDepartmentName: 'Billing',
        handoffs: 1,
        bouncedBack: 1,
        rate: 1,
      }),
    ]);
  });

  it('is empty for a period without cases', async () => {
    const flows = (
      await started.app.inject({
        url: '/api/case-ledger/flows?from=2025-01-01&to=2025-01-31',
        headers: started.admin.headers,
      })
    ).json() as THandoffFlows;
    expect(flows).toMatchObject({ flows: [], departments: [], period: { cases: 0 } });
  });
});

describe('handoffs that are refused', () => {
  it.each<
    [string, { reason?: string; toDepartmentId?: 'service'; toUserId?: 'agent' }, number, string]
  >([
    ['no reason', { reason: '' }, 400, '/reason'],
    ['to the department that has it', { toDepartmentId: 'service' }, 400, '/toDepartmentId'],
    ['to someone outside the receiving department', { toUserId: 'agent' }, 400, '/toUserId'],
  ])('%s', async (_name, change, status, pointer) => {
    const theCase = await openCase(started.app, world.agent, {
      customerId: world.customerId,
      subject: 'Refused handoff',
      departmentId: world.departments.service,
    });
    const payload = {
      toDepartmentId: world.departments.billing,
      reason: 'Billing knows',
      ...change,
      ...(change.toDepartmentId ? { toDepartmentId: world.departments.service } : {}),
      ...(change.toUserId ? { toUserId: world.people.agent.id } : {}),
    };
    const response = await post(`/api/cases/${theCase.id}/handoffs`, payload);
    expect(response.statusCode).toBe(status);
    expect(response.json().errors[0].pointer).toBe(pointer);
  });

  it('refuses to hand off a resolved case', async () => {
    const response = await post(`/api/cases/${invoiceCase}/handoffs`, {
      toDepartmentId: world.departments.billing,
      reason: 'Once more',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toMatch(/reopen it/);
  });
});
