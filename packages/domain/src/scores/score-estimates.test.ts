import { describe, expect, it } from 'vitest';
import { compareScores, estimateScore, type TScoreCounts } from './score-estimates.ts';

function nps(promoters: number, passives: number, detractors: number): TScoreCounts {
  return {
    n: promoters + passives + detractors,
    promoters,
    passives,
    detractors,
    top2: promoters,
    sum: 0,
    sumsq: 0,
  };
}

function proportion(top2: number, n: number): TScoreCounts {
  return { n, promoters: 0, passives: 0, detractors: 0, top2, sum: 0, sumsq: 0 };
}

function scores(values: number[]): TScoreCounts {
  return {
    ...proportion(values.filter((v) => v >= 6).length, values.length),
    sum: values.reduce((a, b) => a + b, 0),
    sumsq: values.reduce((a, b) => a + b * b, 0),
  };
}

describe('estimateScore (REFERENCE.md numbers, in points and percent)', () => {
  it.each([
    // P/Pa/D, observed NPS, adjusted Wald interval in points
    [nps(50, 30, 20), 30, 14.05, 44.2, false],
    [nps(5, 3, 2), 30, -19.05, 65.2, true],
  ])('NPS %o', (counts, value, low, high, small) => {
    const estimate = estimateScore('nps', counts);
    expect(estimate?.value).toBeCloseTo(value, 6);
    expect(estimate?.low).toBeCloseTo(low, 2);
    expect(estimate?.high).toBeCloseTo(high, 1);
    expect(estimate?.smallSample).toBe(small);
  });

  it.each([
    [81, 263, 25.53, 36.62],
    [15, 148, 6.24, 16.05],
  ])('CSAT top-2-box %i of %i with the Wilson interval', (x, n, low, high) => {
    const estimate = estimateScore('csat', proportion(x, n));
    expect(estimate?.value).toBeCloseTo((100 * x) / n, 9);
    expect(estimate?.low).toBeCloseTo(low, 2);
    expect(estimate?.high).toBeCloseTo(high, 2);
  });

  it('CES: the mean with a Student t interval (hand-computed: 3, 4, 5, 6 → 4.5 ± 3.182·0.6455)', () => {
    const estimate = estimateScore('ces', scores([3, 4, 5, 6]));
    expect(estimate?.value).toBe(4.5);
    expect(estimate?.low).toBeCloseTo(4.5 - 3.182446 * Math.sqrt(5 / 3 / 4), 5);
    expect(estimate?.high).toBeCloseTo(4.5 + 3.182446 * Math.sqrt(5 / 3 / 4), 5);
    expect(estimate?.smallSample).toBe(true);
  });

  it('CES: an interval never leaves the 1–7 scale', () => {
    expect(estimateScore('ces', scores([5, 6, 7, 7]))?.high).toBe(7);
  });

  it('gives no estimate without answers, and the whole scale for one CES answer', () => {
    expect(estimateScore('nps', nps(0, 0, 0))).toBeNull();
    expect(estimateScore('ces', scores([5]))).toMatchObject({ value: 5, low: 1, high: 7 });
  });
});

describe('compareScores', () => {
  it('NPS 50/30/20 → 55/25/20: +5 points, SE 11.12, p = .653 (REFERENCE.md)', () => {
    const change = compareScores('nps', nps(50, 30, 20), nps(55, 25, 20));
    expect(change?.delta).toBeCloseTo(5, 9);
    expect(change?.pValue).toBeCloseTo(0.653, 3);
    expect((change?.high ?? 0) - (change?.delta ?? 0)).toBeCloseTo(1.959964 * 11.12, 1);
  });

  it('CSAT 48/80 → 56/70: Newcombe interval [5.24, 33.39] points (REFERENCE.md)', () => {
    const change = compareScores('csat', proportion(48, 80), proportion(56, 70));
    expect(change?.delta).toBeCloseTo(20, 9);
    expect(change?.low).toBeCloseTo(5.24, 2);
    expect(change?.high).toBeCloseTo(33.39, 2);
    // pooled z = 0.2 / √(104/150 · 46/150 · (1/80 + 1/70)) = 2.6502 → p = 0.0080
    expect(change?.pValue).toBeCloseTo(0.008, 4);
  });

  it('CES by Welch: equal spreads and sizes give the pooled t', () => {
    const change = compareScores('ces', scores([3, 4, 5]), scores([5, 6, 7]));
    expect(change?.delta).toBe(2);
    // se = √(1/3 + 1/3), df = 4, t = 2.449 → p = 0.0705
    expect(change?.pValue).toBeCloseTo(0.0705, 3);
  });

  it('cannot compare with an empty period', () => {
    expect(compareScores('nps', nps(0, 0, 0), nps(1, 1, 1))).toBeNull();
  });
});
