import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lag1Autocorrelation, pearsonCorrelation } from './correlation.ts';
import {
  criticalCorrelation,
  effectiveSampleSize,
  fisherCorrelationInterval,
} from './correlation-inference.ts';

describe('correlation over few periods — REFERENCE.md', () => {
  it('Fisher-z 95 % interval for r = .6, n = 8 is [−.181, .917]', () => {
    const { low, high } = fisherCorrelationInterval(0.6, 8, 0.95);
    expect(low).toBeCloseTo(-0.181, 3);
    expect(high).toBeCloseTo(0.917, 3);
  });

  it('critical |r| at 5 % two-sided for n = 8 is .707', () => {
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the printed reference value (not √½)
    expect(criticalCorrelation(8, 0.05)).toBeCloseTo(0.707, 3);
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: the printed reference value (not √½)
    expect(criticalCorrelation(8)).toBeCloseTo(0.707, 3);
  });

  it('effective sample size for n = 12, ρ = .5 and .5 is 7.2 (Bretherton et al. 1999)', () => {
    expect(effectiveSampleSize(12, 0.5, 0.5)).toBeCloseTo(7.2, 10);
    expect(effectiveSampleSize(12, 0, 0.9)).toBe(12);
    expect(effectiveSampleSize(12, -0.5, 0.5)).toBe(12);
  });

  it('refuses too few periods with a plain message', () => {
    expect(() => fisherCorrelationInterval(0.5, 3)).toThrow(/more than 3 points/);
    expect(() => criticalCorrelation(2)).toThrow(/more than 2 points/);
    expect(() => effectiveSampleSize(10, 1, 0.2)).toThrow(/rho1/);
    expect(fisherCorrelationInterval(1, 10)).toEqual({ low: 1, high: 1 });
  });

  it('contains r for any r and n', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.999, max: 0.999, noNaN: true }),
        fc.double({ min: 3.01, max: 1e4, noNaN: true }),
        (r, n) => {
          const { low, high } = fisherCorrelationInterval(r, n);
          expect(low).toBeLessThanOrEqual(r);
          expect(high).toBeGreaterThanOrEqual(r);
        },
      ),
    );
  });
});

describe('pearsonCorrelation and lag1Autocorrelation', () => {
  it('matches hand-computed values', () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(pearsonCorrelation([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    // x̄ = 3, ȳ = 2.8: Sxy = 6, Sxx = 10, Syy = 6.8.
    expect(pearsonCorrelation([1, 2, 3, 4, 5], [2, 1, 4, 3, 4])).toBeCloseTo(6 / Math.sqrt(68), 12);
    // Deviations −2, −1, 0, 1, 2: lagged products 2 + 0 + 0 + 2 = 4 over 10.
    expect(lag1Autocorrelation([1, 2, 3, 4, 5])).toBeCloseTo(0.4, 12);
    expect(lag1Autocorrelation([1, -1, 1, -1, 1, -1])).toBeCloseTo(-5 / 6, 12);
  });

  it('says why there is no correlation instead of returning NaN', () => {
    expect(() => pearsonCorrelation([1, 1, 1], [1, 2, 3])).toThrow(/x does not vary/);
    expect(() => pearsonCorrelation([1, 2], [1])).toThrow(/equally long/);
    expect(() => lag1Autocorrelation([2, 2, 2, 2])).toThrow(/does not vary/);
    expect(() => lag1Autocorrelation([1, 2])).toThrow(/at least 3/);
  });
});
