import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, twoSidedZ } from './normal-distribution.ts';
import { logGamma, regularizedIncompleteBeta } from './special-functions.ts';
import { studentTCdf, studentTQuantile } from './student-t-distribution.ts';

describe('normal distribution', () => {
  it('matches published values of Φ and its quantiles', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 14);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 15);
    expect(normalCdf(-8)).toBeCloseTo(6.22096057427178e-16, 28);
    expect(normalCdf(-3.5) / 2.32629079035525e-4).toBeCloseTo(1, 12);
    expect(twoSidedZ(0.95)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
  });

  it('inverts itself across the range', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.05, 0.3, 0.5, 0.77, 0.999])
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 12);
  });

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => twoSidedZ(95)).toThrow(/between 0 and 1/);
  });
});

describe('special functions and Student t', () => {
  it('matches ln Γ and the incomplete beta at known points', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(regularizedIncompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0.3, 2, 5)).toBeCloseTo(0.579825, 6);
  });

  it('matches printed t tables', () => {
    expect(studentTQuantile(0.975, 6)).toBeCloseTo(2.446912, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.749996, 6);
    expect(studentTQuantile(0.05, 10)).toBeCloseTo(-1.812461, 6);
    expect(studentTCdf(2.228139, 10)).toBeCloseTo(0.975, 6);
    expect(studentTCdf(0, 3)).toBe(0.5);
  });
});
