import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from '../promises/business-calendar.ts';
import type { TClockDefinition } from './case-clock-vocabulary.ts';
import { computeCaseClocks, type TStatusEntry } from './case-clocks.ts';
import type { TCaseStatusCategory } from './case-vocabulary.ts';

/** Mon–Fri 09:00–17:00 in Berlin (UTC+1 in March 2026, before the change to summer time). */
const BERLIN: TBusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: [1, 2, 3, 4, 5].map((day) => ({ day: day as 1, open: '09:00', close: '17:00' })),
  holidays: [],
};
const WITH_MONDAY_OFF: TBusinessCalendar = { ...BERLIN, holidays: ['2026-03-09'] };

const local = (text: string) => new Date(`${text}+01:00`);
/** Friday 6 March 2026, 16:00 in Berlin: one business hour left that week. */
const OPENED = local('2026-03-06T16:00');

const FIRST_ANSWER: TClockDefinition = {
  kind: 'first_answer',
  target: { amount: 4, unit: 'business_hours' },
};
const RESOLUTION: TClockDefinition = {
  kind: 'resolution',
  target: { amount: 8, unit: 'business_hours' },
};

function history(...steps: [string, TCaseStatusCategory][]): TStatusEntry[] {
  return [
    { at: OPENED, category: 'open' },
    ...steps.map(([at, category]) => ({ at: local(at), category })),
  ];
}

function clockAt(
  definition: TClockDefinition,
  now: string,
  steps: [string, TCaseStatusCategory][] = [],
  calendar: TBusinessCalendar = BERLIN,
  handoffCount = 0,
) {
  const [clock] = computeCaseClocks(
    [definition],
    { openedAt: OPENED, history: history(...steps), handoffCount },
    { now: local(now), calendar },
  );
  if (!clock) throw new Error('no clock');
  return clock;
}

describe('time clocks on business hours', () => {
  it('runs over the weekend without counting it: due Monday 12:00', () => {
    const clock = clockAt(FIRST_ANSWER, '2026-03-07T12:00');
    expect(clock.dueAt).toEqual(local('2026-03-09T12:00'));
    expect(clock).toMatchObject({ state: 'running', elapsedMinutes: 60, remainingMinutes: 180 });
  });

  it('skips a holiday: with Monday off it is due Tuesday 12:00', () => {
    const clock = clockAt(FIRST_ANSWER, '2026-03-09T15:00', [], WITH_MONDAY_OFF);
    expect(clock.dueAt).toEqual(local('2026-03-10T12:00'));
    expect(clock.elapsedMinutes).toBe(60);
  });

  it('reports the share used and breaches once the target has passed', () => {
    expect(clockAt(FIRST_ANSWER, '2026-03-09T11:00')).toMatchObject({
      state: 'running',
      percent: 75,
      remainingMinutes: 60,
    });
    const late = clockAt(FIRST_ANSWER, '2026-03-09T12:30');
    expect(late.state).toBe('breached');
    expect(late.breachedAt).toEqual(local('2026-03-09T12:00'));
  });

  it('stops at the first status change: met in time, breached when late', () => {
    const met = clockAt(FIRST_ANSWER, '2026-03-10T09:00', [['2026-03-09T10:00', 'open']]);
    expect(met).toMatchObject({ state: 'met', elapsedMinutes: 120 });
    expect(met.stoppedAt).toEqual(local('2026-03-09T10:00'));
    const late = clockAt(FIRST_ANSWER, '2026-03-10T09:00', [['2026-03-09T13:00', 'waiting']]);
    expect(late.state).toBe('breached');
  });

  it('pauses while the case waits on the customer and moves the due time by the pause', () => {
    const steps: [string, TCaseStatusCategory][] = [
      ['2026-03-09T10:00', 'waiting'],
      ['2026-03-09T14:00', 'open'],
    ];
    // Without the wait it would be due Monday 16:00; four business hours later is Tuesday 12:00.
    expect(clockAt(RESOLUTION, '2026-03-09T15:00', steps).dueAt).toEqual(local('2026-03-10T12:00'));
    const waiting = clockAt(RESOLUTION, '2026-03-09T12:00', steps.slice(0, 1));
    expect(waiting).toMatchObject({ state: 'paused', elapsedMinutes: 120, remainingMinutes: 360 });
    // Projected as if it ran again now (12:00): 5 h today, 1 h on Tuesday.
    expect(waiting.dueAt).toEqual(local('2026-03-10T10:00'));
  });

  it('leaves out the resolved span of a reopened case and stops at the last resolution', () => {
    const steps: [string, TCaseStatusCategory][] = [
      ['2026-03-09T10:00', 'resolved'],
      ['2026-03-09T13:00', 'open'],
    ];
    const reopened = clockAt(RESOLUTION, '2026-03-09T15:00', steps);
    expect(reopened).toMatchObject({ state: 'running', elapsedMinutes: 240 });
    const resolvedAgain = clockAt(RESOLUTION, '2026-03-11T09:00', [
      ...steps,
      ['2026-03-09T16:00', 'resolved'],
      ['2026-03-10T09:30', 'closed'],
    ]);
    expect(resolvedAgain).toMatchObject({ state: 'met', elapsedMinutes: 300 });
    expect(resolvedAgain.stoppedAt).toEqual(local('2026-03-09T16:00'));
  });

  it('counts business days as the same local time N working days later', () => {
    const clock = clockAt(
      { kind: 'resolution', target: { amount: 2, unit: 'business_days' } },
      '2026-03-07T09:00',
    );
    expect(clock.dueAt).toEqual(local('2026-03-10T16:00'));
    expect(clock.targetMinutes).toBe(60 + 8 * 60 + 7 * 60);
  });

  it('counts every hour for a target in elapsed hours', () => {
    const clock = clockAt(
      { kind: 'resolution', target: { amount: 24, unit: 'hours' } },
      '2026-03-07T10:00',
      [],
      BERLIN,
    );
    expect(clock).toMatchObject({ state: 'running', elapsedMinutes: 18 * 60 });
    expect(clock.dueAt).toEqual(local('2026-03-07T16:00'));
  });

  it('refuses business units without a calendar instead of guessing', () => {
    expect(() =>
      computeCaseClocks(
        [FIRST_ANSWER],
        { openedAt: OPENED, history: history(), handoffCount: 0 },
        { now: OPENED, calendar: null },
      ),
    ).toThrow(RangeError);
  });
});

describe('the handoff counter', () => {
  const AT_MOST_TWO: TClockDefinition = { kind: 'handoffs', max: 2 };
  it.each([
    [0, 'running', 0],
    [2, 'running', (2 / 3) * 100],
    [3, 'breached', 100],
  ] as const)('%i handoffs of at most 2: %s', (count, state, percent) => {
    const clock = clockAt(AT_MOST_TWO, '2026-03-09T10:00', [], BERLIN, count);
    expect(clock.state).toBe(state);
    expect(clock.percent).toBeCloseTo(percent);
  });

  it('is met when the case is resolved within the limit', () => {
    const clock = clockAt(AT_MOST_TWO, '2026-03-09T12:00', [['2026-03-09T11:00', 'resolved']]);
    expect(clock.state).toBe('met');
  });
});
