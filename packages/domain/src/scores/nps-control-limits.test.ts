import { describe, expect, it } from 'vitest';
import { npsControlLimits } from './nps-control-limits.ts';

const week = (promoters: number, passives: number, detractors: number) => ({
  promoters,
  passives,
  detractors,
});

describe('npsControlLimits', () => {
  it('centres on the pooled NPS with limits that widen for small weeks', () => {
    const points = npsControlLimits([week(50, 30, 20), week(5, 3, 2), week(45, 27, 18)]);
    // Pooled: 100 promoters, 40 detractors over 200 answers → NPS .3, σ² = .7 − .09 = .61.
    const sigma = Math.sqrt(0.61);
    for (const point of points) expect(point.centre).toBeCloseTo(0.3, 12);
    expect(points[0]?.upper).toBeCloseTo(0.3 + (3 * sigma) / 10, 12);
    expect(points[1]?.lower).toBeCloseTo(Math.max(-1, 0.3 - (3 * sigma) / Math.sqrt(10)), 12);
    expect(points.map((p) => p.signal)).toEqual([null, null, null]);
  });

  it('marks a week outside its limits, and only that one', () => {
    const steady = Array.from({ length: 8 }, () => week(50, 30, 20));
    const points = npsControlLimits([...steady, week(20, 30, 50), week(80, 15, 5)]);
    expect(points.map((p) => p.signal)).toEqual([...steady.map(() => null), 'down', 'up']);
  });

  it('keeps weeks without answers as gaps and honours the multiplier', () => {
    const points = npsControlLimits([week(10, 5, 5), week(0, 0, 0)], { sigmaMultiplier: 2 });
    expect(points[1]).toMatchObject({ n: 0, nps: null, lower: null, upper: null, signal: null });
    expect(() => npsControlLimits([week(0, 0, 0)])).toThrow(/at least one answer/);
    expect(() => npsControlLimits([], {})).toThrow(RangeError);
    expect(() => npsControlLimits([week(1, 0, 0)], { sigmaMultiplier: 0 })).toThrow(RangeError);
  });
});
