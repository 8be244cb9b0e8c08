import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsInterval, type TNpsCounts } from './nps-interval.ts';

const counts = (promoters: number, passives: number, detractors: number): TNpsCounts => ({
  promoters,
  passives,
  detractors,
});

describe('npsInterval — REFERENCE.md, Scores (Rocks 2016)', () => {
  it('reproduces the Wald row for 50/30/20 and 5/3/2', () => {
    const large = npsInterval(counts(50, 30, 20), { method: 'wald' });
    expect(large.nps).toBeCloseTo(0.3, 3);
    expect(large.se).toBeCloseTo(0.0781, 4);
    expect(large.low).toBeCloseTo(0.1469, 4);
    expect(large.high).toBeCloseTo(0.4531, 4);
    const small = npsInterval(counts(5, 3, 2), { method: 'wald' });
    expect(small.nps).toBeCloseTo(0.3, 3);
    expect(small.se).toBeCloseTo(0.247, 3);
    expect(small.low).toBeCloseTo(-0.1841, 4);
    expect(small.high).toBeCloseTo(0.7841, 4);
  });

  it('reproduces the adjusted Wald row, the default method', () => {
    const large = npsInterval(counts(50, 30, 20));
    expect(large.centre).toBeCloseTo(0.2913, 4);
    expect(large.se).toBeCloseTo(0.0769, 4);
    expect(large.low).toBeCloseTo(0.1405, 4);
    expect(large.high).toBeCloseTo(0.442, 4);
    const small = npsInterval(counts(5, 3, 2), { method: 'adjusted-wald', confidence: 0.95 });
    expect(small.centre).toBeCloseTo(0.2308, 4);
    expect(small.se).toBeCloseTo(0.2149, 4);
    expect(small.low).toBeCloseTo(-0.1905, 4);
    expect(small.high).toBeCloseTo(0.652, 4);
    // The screens show the observed NPS, not the adjusted centre.
    expect(small.nps).toBe(0.3);
  });

  it('reproduces the iterative score interval', () => {
    const large = npsInterval(counts(50, 30, 20), { method: 'score' });
    expect(large.low).toBeCloseTo(0.1396, 4);
    expect(large.high).toBeCloseTo(0.4434, 4);
    const small = npsInterval(counts(5, 3, 2), { method: 'score' });
    expect(small.low).toBeCloseTo(-0.2166, 4);
    expect(small.high).toBeCloseTo(0.6753, 4);
  });
});

describe('npsInterval — what users run into', () => {
  it('refuses no answers with a plain message instead of NaN', () => {
    expect(() => npsInterval(counts(0, 0, 0))).toThrow(/at least one answer/);
    expect(() => npsInterval(counts(1.5, 0, 0))).toThrow(RangeError);
    expect(() => npsInterval(counts(3, 1, 1), { confidence: 95 })).toThrow(/between 0 and 1/);
  });

  it('gives finite intervals inside −1…1 when everyone is a promoter', () => {
    const wald = npsInterval(counts(12, 0, 0), { method: 'wald' });
    expect(wald).toMatchObject({ nps: 1, se: 0, low: 1, high: 1 });
    const score = npsInterval(counts(12, 0, 0), { method: 'score' });
    expect(score.high).toBe(1);
    // Closed form when every answer is a promoter: (n − z²) / (n + z²).
    const z2 = 1.959963984540054 ** 2;
    expect(score.low).toBeCloseTo((12 - z2) / (12 + z2), 8);
    const adjusted = npsInterval(counts(12, 0, 0));
    expect(adjusted.high).toBeLessThanOrEqual(1);
    expect(adjusted.low).toBeGreaterThan(0);
    const detractors = npsInterval(counts(0, 0, 7), { method: 'score' });
    expect(detractors.low).toBe(-1);
    expect(detractors.high).toBeLessThan(0);
  });

  it('gives a symmetric score interval when every answer is a passive, even a single one', () => {
    const z2 = 1.959963984540054 ** 2;
    for (const n of [1, 10]) {
      const passives = npsInterval(counts(0, n, 0), { method: 'score' });
      expect(passives.nps).toBe(0);
      // Holding NPS at δ > 0 the likeliest shares are p = δ, d = 0: n·δ² = z²·δ(1 − δ).
      expect(passives.high).toBeCloseTo(z2 / (n + z2), 8);
      expect(passives.low).toBeCloseTo(-z2 / (n + z2), 8);
    }
  });

  it('keeps the estimate inside its interval, within −1…1, for any counts', () => {
    const arbitraryCounts = fc
      .record({
        promoters: fc.integer({ min: 0, max: 400 }),
        passives: fc.integer({ min: 0, max: 400 }),
        detractors: fc.integer({ min: 0, max: 400 }),
      })
      .filter((c) => c.promoters + c.passives + c.detractors > 0);
    const method = fc.constantFrom('wald' as const, 'adjusted-wald' as const, 'score' as const);
    fc.assert(
      fc.property(
        arbitraryCounts,
        method,
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (c, m, conf) => {
          const result = npsInterval(c, { method: m, confidence: conf });
          expect(result.low).toBeLessThanOrEqual(result.centre + 1e-12);
          expect(result.high).toBeGreaterThanOrEqual(result.centre - 1e-12);
          expect(result.low).toBeGreaterThanOrEqual(-1);
          expect(result.high).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('narrows as the confidence falls', () => {
    const wide = npsInterval(counts(40, 30, 30), { method: 'score', confidence: 0.99 });
    const narrow = npsInterval(counts(40, 30, 30), { method: 'score', confidence: 0.8 });
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
  });
});
