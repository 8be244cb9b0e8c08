import { describe, expect, it } from 'vitest';
import { npsChange } from './nps-change.ts';

describe('npsChange', () => {
  it('reproduces REFERENCE.md: 50/30/20 → 55/25/20 gives Δ .05, SE .1112, p .653', () => {
    const change = npsChange(
      { promoters: 50, passives: 30, detractors: 20 },
      { promoters: 55, passives: 25, detractors: 20 },
    );
    expect(change.delta).toBeCloseTo(0.05, 2);
    expect(change.se).toBeCloseTo(0.1112, 4);
    expect(change.pValue).toBeCloseTo(0.653, 3);
    expect(change.low).toBeCloseTo(0.05 - 1.959964 * change.se, 6);
    expect(change.high).toBeCloseTo(0.05 + 1.959964 * change.se, 6);
  });

  it('says plainly when a period has no answers', () => {
    expect(() =>
      npsChange(
        { promoters: 0, passives: 0, detractors: 0 },
        { promoters: 1, passives: 0, detractors: 0 },
      ),
    ).toThrow(/at least one answer/);
  });

  it('gives p = 1, not NaN, when both periods are all promoters', () => {
    const all = { promoters: 20, passives: 0, detractors: 0 };
    expect(npsChange(all, all)).toEqual({ delta: 0, se: 0, low: 0, high: 0, pValue: 1 });
  });
});
