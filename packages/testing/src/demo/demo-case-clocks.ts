import { newId, schema, type TTransaction } from '@customeric/db';
import type { TClockDefinition, TEscalationLevel } from '@customeric/domain';
import { checkCaseClocksIn } from '@customeric/services';
import { DEMO_BANK_HOLIDAYS } from './demo-case-programme-texts.ts';

const DAY = 86_400_000;
const HOURS = (amount: number) => ({ amount, unit: 'business_hours' as const });
const DAYS = (amount: number) => ({ amount, unit: 'business_days' as const });

interface TDemoPolicy {
  name: string;
  priorities?: string[];
  sourceKinds?: string[];
  clocks: TClockDefinition[];
  escalations: TEscalationLevel[];
}

/** Detractors first, then urgent complaints, then every other case. */
const POLICIES: TDemoPolicy[] = [
  {
    name: 'Detractor follow-up',
    sourceKinds: ['survey'],
    clocks: [
      { kind: 'first_answer', target: DAYS(1) },
      { kind: 'resolution', target: DAYS(5) },
    ],
    escalations: [
      {
        level: 1,
        clock: 'first_answer',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'department_head' },
      },
      {
        level: 2,
        clock: 'resolution',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'cco' },
      },
    ],
  },
  {
    name: 'Urgent and high-priority complaints',
    priorities: ['urgent', 'high'],
    clocks: [
      { kind: 'first_answer', target: HOURS(2) },
      { kind: 'resolution', target: DAYS(2) },
      { kind: 'handoffs', max: 2 },
    ],
    escalations: [
      {
        level: 1,
        clock: 'resolution',
        trigger: { kind: 'elapsed', percent: 50 },
        notify: { kind: 'role', role: 'department_head' },
      },
      {
        level: 2,
        clock: 'resolution',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'cco' },
      },
      {
        level: 3,
        clock: 'resolution',
        trigger: { kind: 'breached', afterMinutes: 8 * 60 },
        notify: { kind: 'role', role: 'ceo' },
      },
      {
        level: 4,
        clock: 'handoffs',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'value_chain_manager' },
      },
    ],
  },
  {
    name: 'Every complaint',
    clocks: [
      { kind: 'first_answer', target: HOURS(4) },
      { kind: 'resolution', target: DAYS(5) },
      { kind: 'handoffs', max: 2 },
    ],
    escalations: [
      {
        level: 1,
        clock: 'first_answer',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'department_head' },
      },
      {
        level: 2,
        clock: 'resolution',
        trigger: { kind: 'breached', afterMinutes: 0 },
        notify: { kind: 'role', role: 'cco' },
      },
    ],
  },
];

/**
 * The service desk's calendar (its own, so the promises demo keeps the organisation's
 * default) and the clock policies of the Bill of Rights' case promises.
 */
export async function insertDemoClockPolicies(tx: TTransaction, orgId: string): Promise<number> {
  const calendarId = newId('cal');
  await tx.insert(schema.businessCalendars).values({
    orgId,
    id: calendarId,
    name: 'Service desk (London)',
    timeZone: 'Europe/London',
    week: [1, 2, 3, 4, 5].map((day) => ({ day, open: '08:30', close: '17:30' })),
    holidays: DEMO_BANK_HOLIDAYS,
  });
  await tx.insert(schema.caseClockPolicies).values(
    POLICIES.map((policy, position) => ({
      orgId,
      id: newId('clp'),
      name: policy.name,
      position,
      priorities: policy.priorities ?? [],
      sourceKinds: policy.sourceKinds ?? [],
      calendarId,
      clocks: policy.clocks,
      warnAtPercent: 75,
      escalations: policy.escalations,
    })),
  );
  return POLICIES.length;
}

/**
 * The alerts the every-minute check would have raised over the last week, raised by the same
 * code once a day at 11:00 UTC and now (no e-mails: nobody is told about the past).
 */
export async function raiseDemoClockHistory(
  tx: TTransaction,
  orgId: string,
  today: Date,
): Promise<number> {
  let raised = 0;
  for (let daysAgo = 7; daysAgo >= 1; daysAgo--) {
    const day = Math.floor((today.getTime() - daysAgo * DAY) / DAY) * DAY;
    const at = new Date(day + 11 * 3_600_000);
    raised += (await checkCaseClocksIn(tx, orgId, at, { notify: false })).raised;
  }
  return raised + (await checkCaseClocksIn(tx, orgId, today, { notify: false })).raised;
}
