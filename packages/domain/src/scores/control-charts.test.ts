import { describe, expect, it } from 'vitest';
import { cusum } from './cusum.ts';
import { ewmaChart } from './ewma-chart.ts';
import { expectAllClose } from './fixtures/expect-all-close.ts';

// REFERENCE.md, NIST/SEMATECH e-Handbook §6.3.2.4.
const NIST_DATA = [
  52.0, 47.0, 53.0, 49.3, 50.1, 47.0, 51.0, 50.1, 51.2, 50.5, 49.6, 47.6, 49.9, 51.3, 47.8, 51.2,
  52.6, 52.4, 53.6, 52.1,
];
const NIST_EWMA = [
  50.6, 49.52, 50.56, 50.18, 50.16, 49.21, 49.75, 49.85, 50.26, 50.33, 50.11, 49.36, 49.52, 50.05,
  49.38, 49.92, 50.73, 51.23, 51.94, 51.99,
];
const NIST_OPTIONS = { target: 50, sigma: 2.0539, lambda: 0.3, L: 3 };

describe('ewmaChart — REFERENCE.md (NIST e-Handbook)', () => {
  it('reproduces the EWMA values, the asymptotic limits 47.4116 / 52.5884 and no signal', () => {
    const chart = ewmaChart(NIST_DATA, { ...NIST_OPTIONS, limits: 'asymptotic' });
    expectAllClose(chart.ewma, NIST_EWMA, 2);
    for (const lower of chart.lower) expect(lower).toBeCloseTo(47.4116, 4);
    for (const upper of chart.upper) expect(upper).toBeCloseTo(52.5884, 4);
    expect(chart.signals).toEqual([]);
  });

  it('by default uses the exact limits, which start narrow and approach the asymptotic ones', () => {
    const chart = ewmaChart(NIST_DATA, NIST_OPTIONS);
    // t = 1: L·σ·√(λ/(2 − λ)·(1 − 0.7²)) = 3 · 2.0539 · √(0.3/1.7 · 0.51).
    expect(chart.upper[0]).toBeCloseTo(50 + 3 * 2.0539 * Math.sqrt((0.3 / 1.7) * 0.51), 10);
    expect(chart.upper[19]).toBeCloseTo(52.5884, 4);
    for (let t = 1; t < 20; t++)
      expect(chart.upper[t] ?? 0).toBeGreaterThan(chart.upper[t - 1] ?? 0);
    expect(chart.ewma).toEqual(
      ewmaChart(NIST_DATA, { ...NIST_OPTIONS, limits: 'asymptotic' }).ewma,
    );
    expect(chart.signals).toEqual([]);
  });

  it('signals a drift, skips weeks without data and refuses impossible options', () => {
    const chart = ewmaChart([50, 51, null, 52, 53, 54, 55], { target: 50, sigma: 1, lambda: 0.2 });
    expect(chart.ewma[2]).toBeNull();
    expect(chart.ewma[3]).toBeCloseTo(0.2 * 52 + 0.8 * (0.2 * 51 + 0.8 * 50), 12);
    expect(chart.signals[0]).toEqual({ index: 4, direction: 'up' });
    expect(ewmaChart([45, 44], { target: 50, sigma: 1 }).signals[0]?.direction).toBe('down');
    expect(() => ewmaChart([1], { target: 0, sigma: 0 })).toThrow(/sigma/);
    expect(() => ewmaChart([1], { target: 0, sigma: 1, lambda: 1.5 })).toThrow(/lambda/);
    expect(() => ewmaChart([Number.NaN], { target: 0, sigma: 1 })).toThrow(/data\[0\]/);
    expect(ewmaChart([], { target: 0, sigma: 1 })).toEqual({
      ewma: [],
      lower: [],
      upper: [],
      signals: [],
    });
  });
});

describe('cusum', () => {
  // Montgomery, Introduction to Statistical Quality Control, Example 9.1 (μ₀ = 10, σ = 1,
  // k = 0.5, h = 5): the mean shifts to 11 after observation 20 and C⁺ passes h at observation 29.
  const MONTGOMERY = [
    9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08,
    9.37, 10.62, 10.31, 8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31,
    10.52,
  ];

  it('reproduces the tabular CUSUM of Montgomery Example 9.1', () => {
    const chart = cusum(MONTGOMERY, { target: 10, k: 0.5, h: 5 });
    expect(chart.upper[3]).toBeCloseTo(1.16, 2);
    expect(chart.upper[4]).toBeCloseTo(2.82, 2);
    expect(chart.lower[1]).toBeCloseTo(1.56, 2);
    expect(chart.lower[2]).toBeCloseTo(1.77, 2);
    expect(chart.upper[28]).toBeCloseTo(5.28, 2);
    expect(chart.upper[29]).toBeCloseTo(5.3, 2);
    expect(chart.signals).toEqual([
      { index: 28, direction: 'up' },
      { index: 29, direction: 'up' },
    ]);
  });

  it('signals a fall, skips missing points and refuses impossible options', () => {
    const chart = cusum([10, 8, null, 8, 8], { target: 10, k: 0.5, h: 4 });
    expect(chart.lower).toEqual([0, 1.5, null, 3, 4.5]);
    expect(chart.upper).toEqual([0, 0, null, 0, 0]);
    expect(chart.signals).toEqual([{ index: 4, direction: 'down' }]);
    expect(() => cusum([1], { target: 0, k: -1, h: 4 })).toThrow(/k must be/);
    expect(() => cusum([1], { target: 0, k: 0.5, h: 0 })).toThrow(/h must be/);
  });
});
