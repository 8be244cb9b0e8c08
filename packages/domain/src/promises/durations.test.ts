import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from './business-calendar.ts';
import { addDuration, describeDuration } from './durations.ts';
import type { TDuration } from './promise-rule.ts';
import { BERLIN } from './test-events.ts';

describe('addDuration', () => {
  it.each<[string, TDuration, TBusinessCalendar | null, string, string]>([
    [
      'minutes are elapsed time: 01:30 plus 90 minutes is 04:00 when clocks go forward',
      { amount: 90, unit: 'minutes' },
      BERLIN,
      '2026-03-29T01:30+01:00',
      '2026-03-29T04:00+02:00',
    ],
    [
      'hours are elapsed time, even over a DST change',
      { amount: 24, unit: 'hours' },
      BERLIN,
      '2026-03-28T12:00+01:00',
      '2026-03-29T13:00+02:00',
    ],
    [
      'days keep the local time across a DST change',
      { amount: 1, unit: 'days' },
      BERLIN,
      '2026-03-28T12:00+01:00',
      '2026-03-29T12:00+02:00',
    ],
    [
      'days without a calendar are 24 hours',
      { amount: 2, unit: 'days' },
      null,
      '2026-03-28T12:00Z',
      '2026-03-30T12:00Z',
    ],
    [
      'business hours use the calendar',
      { amount: 4, unit: 'business_hours' },
      BERLIN,
      '2026-03-06T15:00+01:00',
      '2026-03-09T11:00+01:00',
    ],
    [
      'business days use the calendar',
      { amount: 2, unit: 'business_days' },
      BERLIN,
      '2026-03-06T15:00+01:00',
      '2026-03-10T15:00+01:00',
    ],
  ])('%s', (_name, duration, calendar, from, expected) => {
    expect(addDuration(duration, new Date(from), calendar).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });

  it('needs a calendar for business time', () => {
    expect(() => addDuration({ amount: 4, unit: 'business_hours' }, new Date(), null)).toThrow(
      'A duration in business hours needs a business calendar',
    );
  });

  it.each<[TDuration, string]>([
    [{ amount: 4, unit: 'business_hours' }, '4 business hours'],
    [{ amount: 1, unit: 'days' }, '1 day'],
    [{ amount: 1.5, unit: 'hours' }, '1.5 hours'],
  ])('describes %o as "%s"', (duration, text) => {
    expect(describeDuration(duration)).toBe(text);
  });
});
