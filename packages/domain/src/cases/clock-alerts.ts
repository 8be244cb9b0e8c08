import {
  CLOCK_KIND_LABELS,
  type TClockKind,
  type TClockTarget,
  type TEscalationLevel,
  type TEscalationRecipient,
} from './case-clock-vocabulary.ts';
import type { TComputedClock } from './case-clocks.ts';

export type TAlertKind = 'warning' | 'breach' | 'escalation';

/** Something to raise once on a case: who hears of it follows from `notify`. */
export interface TClockAlert {
  clock: TClockKind;
  kind: TAlertKind;
  /** 0 for warnings and breaches, the escalation level otherwise. */
  level: number;
  reason: string;
  /** `case`: the people of the case (owner, else front owner, else the department's head). */
  notify: 'case' | TEscalationRecipient;
  dueAt: Date | null;
}

/** The key an alert is raised under, once per case. */
export function alertKey(alert: Pick<TClockAlert, 'clock' | 'kind' | 'level'>): string {
  return `${alert.clock}:${alert.kind}:${alert.level}`;
}

const UNIT_WORDS: Record<TClockTarget['unit'], [string, string]> = {
  business_hours: ['business hour', 'business hours'],
  business_days: ['business day', 'business days'],
  hours: ['hour', 'hours'],
};

export function describeClockTarget(target: TClockTarget): string {
  const [one, many] = UNIT_WORDS[target.unit];
  return `${target.amount} ${target.amount === 1 ? one : many}`;
}

/** "Tue 3 Mar, 13:00" in the calendar's time zone. */
export function formatClockTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

function describeClock(clock: TComputedClock, timeZone: string): string {
  const label = CLOCK_KIND_LABELS[clock.kind];
  if (clock.kind === 'handoffs') return `${label}: ${clock.count} of at most ${clock.max}`;
  const target = clock.target ? describeClockTarget(clock.target) : '';
  const due = clock.dueAt ? formatClockTime(clock.dueAt, timeZone) : '';
  const verb = clock.state === 'breached' ? 'was due' : 'due';
  return `${label} within ${target}: ${Math.floor(clock.percent)} % used, ${verb} ${due}`;
}

function crossed(clock: TComputedClock, trigger: TEscalationLevel['trigger']): boolean {
  if (trigger.kind === 'elapsed') return clock.percent >= trigger.percent;
  if (clock.state !== 'breached') return false;
  if (clock.kind === 'handoffs' || clock.targetMinutes === null) return true;
  return clock.elapsedMinutes - clock.targetMinutes >= trigger.afterMinutes;
}

function isWarned(clock: TComputedClock, warnAtPercent: number): boolean {
  if (clock.state === 'breached') return false;
  if (clock.kind === 'handoffs')
    return (clock.max ?? 0) >= 1 && (clock.count ?? 0) >= (clock.max ?? 0);
  return clock.percent >= warnAtPercent;
}

/**
 * What the clocks of a case call for now and has not been raised yet (`raised` holds the keys
 * of alertKey): a warning before a breach (time clocks at `warnAtPercent`; a handoff counter at
 * its limit), the breach, and each escalation level whose trigger has been crossed. A stopped
 * clock (answered, resolved) raises nothing more.
 */
export function findDueAlerts(
  clocks: readonly TComputedClock[],
  policy: { warnAtPercent: number; escalations: readonly TEscalationLevel[] },
  raised: ReadonlySet<string>,
  timeZone = 'UTC',
): TClockAlert[] {
  const alerts: TClockAlert[] = [];
  for (const clock of clocks) {
    if (clock.stoppedAt) continue;
    const text = describeClock(clock, timeZone);
    const base = { clock: clock.kind, dueAt: clock.dueAt };
    if (isWarned(clock, policy.warnAtPercent))
      alerts.push({
        ...base,
        kind: 'warning',
        level: 0,
        notify: 'case',
        reason: `Warning: ${text}`,
      });
    if (clock.state === 'breached')
      alerts.push({
        ...base,
        kind: 'breach',
        level: 0,
        notify: 'case',
        reason: `Breached: ${text}`,
      });
    for (const escalation of policy.escalations) {
      if (escalation.clock !== clock.kind || !crossed(clock, escalation.trigger)) continue;
      alerts.push({
        ...base,
        kind: 'escalation',
        level: escalation.level,
        notify: escalation.notify,
        reason: `Escalation level ${escalation.level}: ${text}`,
      });
    }
  }
  return alerts.filter((alert) => !raised.has(alertKey(alert)));
}
