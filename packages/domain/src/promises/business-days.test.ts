import { describe, expect, it } from 'vitest';
import type { TBusinessCalendar } from './business-calendar.ts';
import { addIn as add, BERLIN, BERLIN_LUNCH, NEW_YORK } from './test-events.ts';

describe('addBusinessTime in business days: by the same local time N working days later', () => {
  it.each<[string, TBusinessCalendar, string, number, string]>([
    ['the next working day', BERLIN, '2026-03-05T16:00+01:00', 1, '2026-03-06T16:00+01:00'],
    ['Friday to Monday', BERLIN, '2026-03-06T10:00+01:00', 1, '2026-03-09T10:00+01:00'],
    ['three days over a weekend', BERLIN, '2026-03-05T10:00+01:00', 3, '2026-03-10T10:00+01:00'],
    [
      'from Saturday: clock starts Monday 09:00, due Tuesday 09:00',
      BERLIN,
      '2026-03-07T10:00+01:00',
      1,
      '2026-03-10T09:00+01:00',
    ],
    [
      'from after closing: clock starts the next morning',
      BERLIN,
      '2026-03-03T18:00+01:00',
      1,
      '2026-03-05T09:00+01:00',
    ],
    ['over Easter', BERLIN, '2026-04-02T10:00+02:00', 1, '2026-04-07T10:00+02:00'],
    [
      'the same local time across the Berlin spring change',
      BERLIN,
      '2026-03-27T10:00+01:00',
      1,
      '2026-03-30T10:00+02:00',
    ],
    [
      'the same local time across the Berlin autumn change',
      BERLIN,
      '2026-10-23T10:00+02:00',
      1,
      '2026-10-26T10:00+01:00',
    ],
    [
      'the same local time across the New York spring change',
      NEW_YORK,
      '2026-03-06T10:00-05:00',
      1,
      '2026-03-09T10:00-04:00',
    ],
    [
      'the same local time across the New York autumn change',
      NEW_YORK,
      '2026-10-30T10:00-04:00',
      1,
      '2026-11-02T10:00-05:00',
    ],
    [
      'zero days: the start of the clock',
      BERLIN,
      '2026-03-07T10:00+01:00',
      0,
      '2026-03-09T09:00+01:00',
    ],
    [
      'a short Friday: moved to its closing time',
      BERLIN_LUNCH,
      '2026-03-05T16:00+01:00',
      1,
      '2026-03-06T15:00+01:00',
    ],
    [
      'a time in the lunch break: moved to the end of the break',
      BERLIN_LUNCH,
      '2026-03-02T12:30+01:00',
      1,
      '2026-03-03T13:00+01:00',
    ],
  ])('%s', (_name, calendar, from, days, expected) => {
    expect(add(calendar, from, days, 'business_days')).toBe(new Date(expected).toISOString());
  });

  it('refuses a fraction of a business day', () => {
    expect(() => add(BERLIN, '2026-03-03T10:00+01:00', 1.5, 'business_days')).toThrow(
      /whole number/,
    );
  });
});
