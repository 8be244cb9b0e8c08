import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from './business-calendar.ts';
import { addBusinessTime, businessTimeBetween } from './business-time.ts';
import { addIn as add, BERLIN, BERLIN_ALWAYS, BERLIN_LUNCH, NEW_YORK } from './test-events.ts';

describe('addBusinessTime in business hours', () => {
  it.each<[string, TBusinessCalendar, string, number, string]>([
    ['inside one day', BERLIN, '2026-03-03T10:00+01:00', 4, '2026-03-03T14:00+01:00'],
    ['over the evening', BERLIN, '2026-03-03T15:00+01:00', 4, '2026-03-04T11:00+01:00'],
    [
      'ending exactly at closing time',
      BERLIN,
      '2026-03-03T13:00+01:00',
      4,
      '2026-03-03T17:00+01:00',
    ],
    ['over a weekend', BERLIN, '2026-03-06T15:00+01:00', 4, '2026-03-09T11:00+01:00'],
    [
      'starting before opening: the clock starts at 09:00',
      BERLIN,
      '2026-03-03T07:00+01:00',
      1,
      '2026-03-03T10:00+01:00',
    ],
    ['starting after closing', BERLIN, '2026-03-03T20:00+01:00', 1, '2026-03-04T10:00+01:00'],
    ['starting on a Saturday', BERLIN, '2026-03-07T12:00+01:00', 2, '2026-03-09T11:00+01:00'],
    [
      'zero hours from a Saturday: Monday opening',
      BERLIN,
      '2026-03-07T12:00+01:00',
      0,
      '2026-03-09T09:00+01:00',
    ],
    ['a fraction of an hour', BERLIN, '2026-03-03T16:00+01:00', 1.5, '2026-03-04T09:30+01:00'],
    [
      'over Easter (Good Friday and Easter Monday are holidays)',
      BERLIN,
      '2026-04-02T16:00+02:00',
      4,
      '2026-04-07T12:00+02:00',
    ],
    ['starting on a holiday', BERLIN, '2026-04-03T10:00+02:00', 1, '2026-04-07T10:00+02:00'],
    [
      'Berlin, weekend of 2026-03-29 (clocks forward)',
      BERLIN,
      '2026-03-27T15:00+01:00',
      4,
      '2026-03-30T11:00+02:00',
    ],
    [
      'Berlin, weekend of 2026-10-25 (clocks back)',
      BERLIN,
      '2026-10-23T16:00+02:00',
      4,
      '2026-10-26T12:00+01:00',
    ],
    [
      'New York, weekend of 2026-03-08 (clocks forward)',
      NEW_YORK,
      '2026-03-06T16:00-05:00',
      2,
      '2026-03-09T10:00-04:00',
    ],
    [
      'New York, weekend of 2026-11-01 (clocks back)',
      NEW_YORK,
      '2026-10-30T16:00-04:00',
      2,
      '2026-11-02T10:00-05:00',
    ],
    [
      'open around the clock: 24 h over the 23-hour Sunday',
      BERLIN_ALWAYS,
      '2026-03-28T12:00+01:00',
      24,
      '2026-03-29T13:00+02:00',
    ],
    [
      'open around the clock: 24 h over the 25-hour Sunday',
      BERLIN_ALWAYS,
      '2026-10-24T12:00+02:00',
      24,
      '2026-10-25T11:00+01:00',
    ],
    ['around a lunch break', BERLIN_LUNCH, '2026-03-02T11:00+01:00', 2, '2026-03-02T14:00+01:00'],
    [
      'starting in the lunch break',
      BERLIN_LUNCH,
      '2026-03-02T12:30+01:00',
      1,
      '2026-03-02T14:00+01:00',
    ],
  ])('%s', (_name, calendar, from, hours, expected) => {
    expect(add(calendar, from, hours, 'business_hours')).toBe(new Date(expected).toISOString());
  });
});

describe('a calendar without working time', () => {
  const closed: TBusinessCalendar = { timeZone: 'Europe/Berlin', week: [], holidays: [] };

  it.each(['business_hours', 'business_days'] as const)(
    'says so in %s instead of looping',
    (unit) => {
      expect(() => add(closed, '2026-03-03T10:00+01:00', 1, unit)).toThrow(RangeError);
      expect(() => add(closed, '2026-03-03T10:00+01:00', 1, unit)).toThrow(/no working hours/);
    },
  );

  it('gives up after ten years of holidays', () => {
    const mondays = Array.from({ length: 600 }, (_, index) =>
      new Date(Date.UTC(2026, 2, 2) + index * 7 * 86_400_000).toISOString().slice(0, 10),
    );
    const onlyMondays: TBusinessCalendar = {
      timeZone: 'Europe/Berlin',
      week: [{ day: 1, open: '09:00', close: '17:00' }],
      holidays: mondays,
    };
    expect(() => add(onlyMondays, '2026-03-01T10:00+01:00', 1, 'business_hours')).toThrow(
      /no working time for 3660 days in a row/,
    );
  });

  it('lets a long duration run past ten years of calendar days', () => {
    const mondayMornings: TBusinessCalendar = {
      timeZone: 'Europe/Berlin',
      week: [{ day: 1, open: '09:00', close: '10:00' }],
      holidays: [],
    };
    const from = new Date('2026-03-02T09:00+01:00');
    const due = addBusinessTime(mondayMornings, from, 600, 'business_hours');
    expect(due.getTime() - from.getTime()).toBeGreaterThan(3660 * 86_400_000);
    expect(businessTimeBetween(mondayMornings, from, due)).toBe(600 * 60);
  });

  it('refuses a negative amount', () => {
    expect(() => add(BERLIN, '2026-03-03T10:00+01:00', -1, 'business_hours')).toThrow(RangeError);
  });
});

describe('businessTimeBetween (minutes)', () => {
  const SUNDAY_NIGHT: TBusinessCalendar = {
    timeZone: 'Europe/Berlin',
    week: [{ day: 7, open: '01:00', close: '05:00' }],
    holidays: [],
  };

  it.each<[string, TBusinessCalendar, string, string, number]>([
    ['inside one day', BERLIN, '2026-03-03T10:00+01:00', '2026-03-03T11:30+01:00', 90],
    ['over a weekend', BERLIN, '2026-03-06T15:00+01:00', '2026-03-09T11:00+01:00', 240],
    ['over Easter', BERLIN, '2026-04-02T16:00+02:00', '2026-04-07T12:00+02:00', 240],
    ['backwards is negative', BERLIN, '2026-03-09T11:00+01:00', '2026-03-06T15:00+01:00', -240],
    [
      'nothing between equal instants',
      BERLIN,
      '2026-03-03T10:00+01:00',
      '2026-03-03T10:00+01:00',
      0,
    ],
    ['a whole week', BERLIN, '2026-03-02T00:00+01:00', '2026-03-09T00:00+01:00', 5 * 8 * 60],
    [
      '01:00–05:00 on the night clocks go forward lasts 3 hours',
      SUNDAY_NIGHT,
      '2026-03-28T00:00Z',
      '2026-03-30T00:00Z',
      180,
    ],
    [
      '01:00–05:00 on the night clocks go back lasts 5 hours',
      SUNDAY_NIGHT,
      '2026-10-24T00:00Z',
      '2026-10-26T00:00Z',
      300,
    ],
  ])('%s', (_name, calendar, from, to, minutes) => {
    expect(businessTimeBetween(calendar, new Date(from), new Date(to))).toBe(minutes);
  });

  it('agrees with addBusinessTime', () => {
    const from = new Date('2026-03-27T15:20+01:00');
    const due = addBusinessTime(BERLIN, from, 13.25, 'business_hours');
    expect(businessTimeBetween(BERLIN, from, due)).toBe(13.25 * 60);
  });
});
