import { describe, expect, it } from 'vitest';
import { readDeadline } from './deadline-value.ts';
import { BERLIN } from './test-events.ts';

describe('readDeadline', () => {
  it.each<[string, unknown, string | null]>([
    ['an instant in UTC', '2026-03-31T10:00:00Z', '2026-03-31T10:00:00.000Z'],
    ['an instant with an offset', '2026-03-31T12:00+02:00', '2026-03-31T10:00:00.000Z'],
    ['milliseconds', '2026-03-31T10:00:00.250Z', '2026-03-31T10:00:00.250Z'],
    ['a local time in the calendar zone', '2026-03-31T12:00', '2026-03-31T10:00:00.000Z'],
    ['a date: by the end of that local day', '2026-03-31', '2026-03-31T21:59:59.999Z'],
    ['a date on the day clocks go back (25 hours long)', '2026-10-25', '2026-10-25T22:59:59.999Z'],
    ['no such date', '2026-02-30', null],
    ['no such hour', '2026-03-31T25:00Z', null],
    ['a number (seconds or milliseconds?)', 1_774_951_200, null],
    ['words', 'next Tuesday', null],
    ['nothing', undefined, null],
  ])('%s', (_name, value, expected) => {
    expect(readDeadline(value, BERLIN)?.toISOString() ?? null).toBe(expected);
  });

  it('reads a date without a calendar in UTC', () => {
    expect(readDeadline('2026-03-31', null)?.toISOString()).toBe('2026-03-31T23:59:59.999Z');
  });
});
