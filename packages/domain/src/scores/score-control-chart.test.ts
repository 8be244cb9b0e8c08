import { describe, expect, it } from 'vitest';
import { scoreControlChart } from './score-control-chart.ts';
import type { TScoreCounts } from './score-estimates.ts';

/** The value, which the test expects to be there. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const week = (promoters: number, passives: number, detractors: number): TScoreCounts => ({
  n: promoters + passives + detractors,
  promoters,
  passives,
  detractors,
  top2: promoters,
  sum: 0,
  sumsq: 0,
});

describe('scoreControlChart', () => {
  it('NPS: limits follow each week’s answers and a collapsed week is a signal', () => {
    const weeks = [
      week(50, 30, 20),
      week(25, 15, 10),
      week(52, 28, 20),
      week(20, 30, 50),
      week(0, 0, 0),
    ];
    const chart = defined(scoreControlChart('nps', weeks));
    // pooled: 147 P, 103 Pa, 100 D of 350 → centre 13.43
    expect(chart[0]?.centre).toBeCloseTo((100 * 47) / 350, 9);
    const width = (i: number) => (chart[i]?.upper ?? 0) - (chart[i]?.lower ?? 0);
    expect(width(1)).toBeCloseTo(width(0) * Math.SQRT2, 9);
    expect(chart[3]).toMatchObject({ value: -30, signal: 'down' });
    expect(chart.slice(0, 3).every((point) => point.signal === null)).toBe(true);
    expect(chart[4]).toMatchObject({ n: 0, value: null, lower: null, ewma: null });
  });

  it('CSAT: a p-chart, p̄ ± 3√(p̄(1 − p̄)/n), in percent', () => {
    const csat = (top2: number, n: number): TScoreCounts => ({ ...week(0, 0, 0), n, top2 });
    const chart = defined(scoreControlChart('csat', [csat(80, 100), csat(60, 100)]));
    const half = 3 * Math.sqrt((0.7 * 0.3) / 100) * 100;
    expect(chart[0]?.centre).toBeCloseTo(70, 9);
    expect(chart[0]?.lower).toBeCloseTo(70 - half, 9);
    expect(chart[0]?.upper).toBeCloseTo(70 + half, 9);
    expect(chart.map((point) => point.signal)).toEqual([null, null]);
  });

  it('CES: an x̄-chart on the pooled spread within weeks', () => {
    // Week 1: 4, 6 (mean 5); week 2: 5, 7 (mean 6). Within-week squares 2 + 2 over 4 − 2.
    const ces = (values: number[]): TScoreCounts => ({
      ...week(0, 0, 0),
      n: values.length,
      sum: values.reduce((a, b) => a + b, 0),
      sumsq: values.reduce((a, b) => a + b * b, 0),
    });
    const chart = defined(scoreControlChart('ces', [ces([4, 6]), ces([5, 7])]));
    expect(chart[0]?.centre).toBe(5.5);
    expect(chart[0]?.upper).toBe(7);
    // s² = 4 / 2 = 2, so the limits are 5.5 ± 3·√2/√2 = 5.5 ± 3 (7 is the top of the scale).
    expect(chart[0]?.lower).toBeCloseTo(2.5, 9);
  });

  it('EWMA finds a slow drift that no single week shows', () => {
    const steady = Array.from({ length: 20 }, () => week(45, 30, 25));
    const drifting = Array.from({ length: 8 }, () => week(36, 30, 34));
    const chart = defined(scoreControlChart('nps', [...steady, ...drifting]));
    expect(chart.every((point) => point.signal === null)).toBe(true);
    expect(chart.findIndex((point) => point.ewmaSignal === 'down')).toBe(26);
    expect(chart.some((point) => point.ewmaSignal === 'up')).toBe(false);
  });

  it('has nothing to draw without answers', () => {
    expect(scoreControlChart('nps', [week(0, 0, 0)])).toBeNull();
  });
});
