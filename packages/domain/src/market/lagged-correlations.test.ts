import { describe, expect, it } from 'vitest';
import { differences, laggedCorrelation, laggedCorrelations } from './lagged-correlations.ts';

describe('differences', () => {
  it('takes period-to-period changes and keeps gaps as gaps', () => {
    expect(differences([1, 3, null, 4, 8])).toEqual([2, null, null, 4]);
  });
});

describe('laggedCorrelation', () => {
  it('says there are too few periods with eight quarters (seven changes)', () => {
    const nps = [20, 24, 22, 30, 27, 33, 31, 36];
    const share = [0.1, 0.11, 0.105, 0.12, 0.118, 0.13, 0.127, 0.14];
    const [sameQuarter] = laggedCorrelations(nps, share, 0);
    expect(sameQuarter?.n).toBe(7);
    expect(sameQuarter?.verdict).toBe('too_few_periods');
    expect(sameQuarter?.explanation).toMatch(/^Too few periods to conclude/);
  });

  it('says so even with a perfect r when the changes alternate (few effective points)', () => {
    const x = [0, 2, 1, 3, 2, 4, 3, 5, 4, 6];
    const result = laggedCorrelation(x, x, 0);
    expect(result.r).toBeCloseTo(1, 12);
    expect(result.verdict).toBe('too_few_periods');
  });

  it('finds a relation one period later in a long series, with its Fisher interval', () => {
    const steps = Array.from({ length: 40 }, (_, t) => Math.sin(t * 1.7) * 3 + Math.cos(t * 0.9));
    const nps: number[] = [];
    for (const step of steps) nps.push((nps.at(-1) ?? 0) + step);
    // Share follows the NPS change of the period before, with a little noise.
    const share = nps.map(
      (_, t) => 10 + (t > 0 ? (nps[t - 1] as number) * 0.5 : 0) + Math.sin(t * 2.3) * 0.2,
    );
    const result = laggedCorrelation(nps, share, 1);
    expect(result.verdict).toBe('positive');
    expect(result.r).toBeGreaterThan(0.9);
    expect(result.low).toBeGreaterThan(0);
    expect(result.high).toBeLessThanOrEqual(1);
    expect(laggedCorrelation(nps, share, 0).verdict).not.toBe('positive');
  });

  it('refuses a series that never changes', () => {
    const result = laggedCorrelation([1, 2, 3, 4, 5, 6], [5, 5, 5, 5, 5, 5], 0);
    expect(result.verdict).toBe('too_few_periods');
    expect(result.explanation).toContain('does not change');
  });
});
