import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newcombeDifference, wilsonInterval } from './proportion-intervals.ts';

describe('wilsonInterval — REFERENCE.md, CSAT (Newcombe 1998a)', () => {
  it('reproduces 81/263 and 15/148', () => {
    const first = wilsonInterval(81, 263, 0.95);
    expect(first.low).toBeCloseTo(0.2553, 4);
    expect(first.high).toBeCloseTo(0.3662, 4);
    const second = wilsonInterval(15, 148);
    expect(second.low).toBeCloseTo(0.0624, 4);
    expect(second.high).toBeCloseTo(0.1605, 4);
  });

  it('stays within 0…1 at the edges and refuses n = 0', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7225, 4);
    expect(() => wilsonInterval(0, 0)).toThrow(/at least one answer/);
    expect(() => wilsonInterval(5, 4)).toThrow(/cannot exceed/);
  });

  it('contains the observed proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, share) => {
          const x = Math.round(share * n);
          const { low, high } = wilsonInterval(x, n);
          expect(low).toBeLessThanOrEqual(x / n);
          expect(high).toBeGreaterThanOrEqual(x / n);
        },
      ),
    );
  });
});

describe('newcombeDifference — REFERENCE.md (Newcombe 1998b, method 10)', () => {
  it('reproduces 56/70 vs 48/80 and 9/10 vs 3/10', () => {
    const first = newcombeDifference(56, 70, 48, 80, 0.95);
    expect(first.low).toBeCloseTo(0.0524, 4);
    expect(first.high).toBeCloseTo(0.3339, 4);
    const second = newcombeDifference(9, 10, 3, 10);
    expect(second.low).toBeCloseTo(0.1705, 4);
    expect(second.high).toBeCloseTo(0.809, 4);
  });

  it('contains the observed difference and stays within −1…1', () => {
    const sample = fc
      .tuple(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([n, share]) => [Math.round(share * n), n] as const);
    fc.assert(
      fc.property(sample, sample, ([x1, n1], [x2, n2]) => {
        const { low, high } = newcombeDifference(x1, n1, x2, n2);
        const delta = x1 / n1 - x2 / n2;
        expect(low).toBeLessThanOrEqual(delta + 1e-12);
        expect(high).toBeGreaterThanOrEqual(delta - 1e-12);
        expect(low).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(high).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});
