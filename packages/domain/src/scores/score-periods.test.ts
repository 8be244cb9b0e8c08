import { describe, expect, it } from 'vitest';
import { parsePeriod, periodContaining, periodsBetween, shiftPeriod } from './score-periods.ts';

/** The value, which the test expects to be there. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

describe('score periods (UTC)', () => {
  it.each([
    ['week', '2026-01-01T10:00:00Z', '2025-12-29', '2026-01-05', '2026-W01'],
    ['week', '2024-12-30', '2024-12-30', '2025-01-06', '2025-W01'],
    ['week', '2021-01-03', '2020-12-28', '2021-01-04', '2020-W53'],
    ['month', '2026-02-28T23:59:59Z', '2026-02-01', '2026-03-01', '2026-02'],
    ['quarter', '2026-05-17', '2026-04-01', '2026-07-01', '2026-Q2'],
    ['year', '2026-12-31', '2026-01-01', '2027-01-01', '2026'],
  ] as const)('%s containing %s starts %s, ends %s, is %s', (grain, moment, start, end, label) => {
    expect(periodContaining(grain, moment)).toEqual({ grain, start, end, label });
  });

  it('reads every label it writes, and refuses others', () => {
    for (const label of ['2026-W01', '2020-W53', '2026-02', '2026-Q4', '2026'])
      expect(parsePeriod(label)?.label).toBe(label);
    for (const label of ['2026-13', '2026-Q5', '2026-W54', '2025-W53', 'last week'])
      expect(parsePeriod(label)).toBeNull();
  });

  it('steps across year ends', () => {
    expect(shiftPeriod(defined(parsePeriod('2026-Q1')), -1).label).toBe('2025-Q4');
    expect(shiftPeriod(defined(parsePeriod('2025-W52')), 1).label).toBe('2026-W01');
    expect(shiftPeriod(defined(parsePeriod('2025-12')), 2).label).toBe('2026-02');
  });

  it('lists the periods between two moments, both ends included', () => {
    expect(periodsBetween('quarter', '2025-11-15', '2026-04-01').map((p) => p.label)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });
});
