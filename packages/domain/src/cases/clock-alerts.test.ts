import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from '../promises/business-calendar.ts';
import type { TClockDefinition, TEscalationLevel } from './case-clock-vocabulary.ts';
import { computeCaseClocks, type TStatusEntry } from './case-clocks.ts';
import { alertKey, findDueAlerts } from './clock-alerts.ts';

const BERLIN: TBusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, open: '09:00', close: '17:00' })),
  holidays: [],
};
const local = (text: string) => new Date(`${text}+01:00`);
const OPENED = local('2026-03-09T09:00');

const CLOCKS: TClockDefinition[] = [
  { kind: 'resolution', target: { amount: 8, unit: 'business_hours' } },
  { kind: 'handoffs', max: 2 },
];
const LEVELS: TEscalationLevel[] = [
  {
    level: 1,
    clock: 'resolution',
    trigger: { kind: 'elapsed', percent: 50 },
    notify: { kind: 'person', userId: 'usr_lead' },
  },
  {
    level: 2,
    clock: 'resolution',
    trigger: { kind: 'breached', afterMinutes: 60 },
    notify: { kind: 'role', role: 'cco' },
  },
  {
    level: 3,
    clock: 'handoffs',
    trigger: { kind: 'breached', afterMinutes: 0 },
    notify: { kind: 'role', role: 'department_head' },
  },
];

function alertsAt(now: string, raised: string[] = [], handoffs = 0, resolvedAt?: string) {
  const history: TStatusEntry[] = [{ at: OPENED, category: 'open' }];
  if (resolvedAt) history.push({ at: local(resolvedAt), category: 'resolved' });
  const clocks = computeCaseClocks(
    CLOCKS,
    { openedAt: OPENED, history, handoffCount: handoffs },
    { now: local(now), calendar: BERLIN },
  );
  return findDueAlerts(
    clocks,
    { warnAtPercent: 75, escalations: LEVELS },
    new Set(raised),
    'Europe/Berlin',
  );
}

const keys = (alerts: ReturnType<typeof alertsAt>) => alerts.map(alertKey);

describe('warnings and escalations of case clocks', () => {
  it('raises nothing early on', () => {
    expect(alertsAt('2026-03-09T11:00')).toEqual([]);
  });

  it('escalates at half the target, then warns at 75 %, in words a person reads', () => {
    expect(keys(alertsAt('2026-03-09T13:00'))).toEqual(['resolution:escalation:1']);
    const alerts = alertsAt('2026-03-09T15:00', ['resolution:escalation:1']);
    expect(keys(alerts)).toEqual(['resolution:warning:0']);
    expect(alerts[0]?.reason).toBe(
      'Warning: Resolution within 8 business hours: 75 % used, due Mon 9 Mar, 17:00',
    );
  });

  it('raises each alert once: what was raised is not raised again', () => {
    const first = keys(alertsAt('2026-03-10T09:30'));
    expect(first).toEqual(['resolution:breach:0', 'resolution:escalation:1']);
    expect(alertsAt('2026-03-10T09:45', first)).toEqual([]);
  });

  it('does not warn about a clock that already breached, and escalates an hour of business time after', () => {
    const raised = ['resolution:breach:0', 'resolution:escalation:1'];
    expect(keys(alertsAt('2026-03-10T09:59', raised))).toEqual([]);
    const late = alertsAt('2026-03-10T10:00', raised);
    expect(keys(late)).toEqual(['resolution:escalation:2']);
    expect(late[0]?.notify).toEqual({ kind: 'role', role: 'cco' });
  });

  it('warns at the handoff limit and escalates the handoff that breaks it', () => {
    expect(keys(alertsAt('2026-03-09T10:00', [], 2))).toEqual(['handoffs:warning:0']);
    expect(keys(alertsAt('2026-03-09T10:00', ['handoffs:warning:0'], 3))).toEqual([
      'handoffs:breach:0',
      'handoffs:escalation:3',
    ]);
  });

  it('raises nothing for a resolved case, however late it was', () => {
    expect(alertsAt('2026-03-12T10:00', [], 3, '2026-03-11T10:00')).toEqual([]);
  });
});
