import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectAllClose } from './fixtures/expect-all-close.ts';
import { readMtcars } from './fixtures/mtcars.ts';
import { lmg } from './lmg.ts';
import { logisticRegression } from './logistic-regression.ts';
import { relativeWeights } from './relative-weights.ts';

const cars = readMtcars();
const X = cars.map((car) => [car.cyl, car.disp, car.hp, car.wt]);
const mpg = cars.map((car) => car.mpg);

// REFERENCE.md "Key drivers": mpg ~ cyl + disp + hp + wt on mtcars (relaimpo).
const REFERENCE = {
  r2: 0.848635,
  lmg: [0.215709, 0.200698, 0.170077, 0.26215],
  raw: [0.20969, 0.188304, 0.179959, 0.270681],
  rescaled: [24.709, 22.189, 21.206, 31.896],
};

describe('relativeWeights (Johnson 2000) — REFERENCE.md on mtcars', () => {
  it('reproduces R², the raw weights and the percentages', () => {
    expect(cars).toHaveLength(32);
    const result = relativeWeights(X, mpg);
    expect(result.r2).toBeCloseTo(REFERENCE.r2, 6);
    expectAllClose(result.raw, REFERENCE.raw, 6);
    expectAllClose(result.rescaled, REFERENCE.rescaled, 3);
  });
});

describe('lmg (Grömping 2006) — REFERENCE.md on mtcars', () => {
  it('reproduces R² and the LMG shares', () => {
    const result = lmg(X, mpg);
    expect(result.r2).toBeCloseTo(REFERENCE.r2, 6);
    expectAllClose(result.shares, REFERENCE.lmg, 6);
  });
});

/** Values in hundredths between −limit and limit, like survey-derived data. */
const centi = (limit: number) =>
  fc.integer({ min: -100 * limit, max: 100 * limit }).map((v) => v / 100);

/** n rows of p predictors with some correlation among them, and an outcome that depends on them. */
const designArbitrary = fc
  .record({ p: fc.integer({ min: 1, max: 6 }), n: fc.integer({ min: 12, max: 60 }) })
  .chain(({ p, n }) =>
    fc.record({
      X: fc.array(fc.array(centi(5), { minLength: p, maxLength: p }), {
        minLength: n,
        maxLength: n,
      }),
      noise: fc.array(centi(3), { minLength: n, maxLength: n }),
      beta: fc.array(centi(2), { minLength: p, maxLength: p }),
    }),
  )
  .map(({ X, noise, beta }) => {
    const mixed = X.map((row) => row.map((value, j) => value + (j > 0 ? 0.5 * (row[0] ?? 0) : 0)));
    const y = mixed.map((row, i) =>
      row.reduce((sum, value, j) => sum + value * (beta[j] ?? 0), noise[i] ?? 0),
    );
    return { X: mixed, y };
  });

/** Random draws can be (nearly) collinear or constant; those are refused, which is tested apart. */
function fitsOrRefuses<T>(fit: () => T): T | null {
  try {
    return fit();
  } catch (error) {
    if (error instanceof RangeError && /collinear|does not vary/.test(error.message)) return null;
    throw error;
  }
}

describe('key drivers — properties', () => {
  it('LMG shares sum to R², rescaled weights to 100, and both agree on R²', () => {
    fc.assert(
      fc.property(designArbitrary, ({ X, y }) => {
        const shapley = fitsOrRefuses(() => lmg(X, y));
        const weights = fitsOrRefuses(() => relativeWeights(X, y));
        if (shapley === null || weights === null) return;
        expect(shapley.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(shapley.r2, 9);
        expect(weights.rescaled.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        expect(weights.raw.reduce((a, b) => a + b, 0)).toBeCloseTo(weights.r2, 9);
        expect(weights.r2).toBeCloseTo(shapley.r2, 8);
        for (const share of shapley.shares) expect(share).toBeGreaterThanOrEqual(-1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it('with one predictor, both give all of R² to it', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const y = [2, 1, 4, 3, 6, 5];
    const r2 = lmg(
      x.map((v) => [v]),
      y,
    ).r2;
    expect(
      lmg(
        x.map((v) => [v]),
        y,
      ).shares[0],
    ).toBeCloseTo(r2, 12);
    expect(
      relativeWeights(
        x.map((v) => [v]),
        y,
      ).rescaled[0],
    ).toBeCloseTo(100, 12);
  });
});

describe('frequency weights', () => {
  it('give the same results as repeating each row that many times', () => {
    const rows = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
      [1, 1],
    ];
    // Every pattern has both outcomes (otherwise the logistic fit would be separated).
    const detractor = [0, 1, 0, 1, 0, 1, 1, 0];
    const counts = [40, 12, 25, 9, 30, 15, 6, 4];
    const expanded = rows.flatMap((row, i) => Array.from({ length: counts[i] ?? 0 }, () => row));
    const expandedY = detractor.flatMap((value, i) =>
      Array.from({ length: counts[i] ?? 0 }, () => value),
    );
    const weighted = { weights: counts };
    const fitWeighted = logisticRegression(rows, detractor, weighted);
    const fitExpanded = logisticRegression(expanded, expandedY);
    expectAllClose(fitWeighted.coefficients, fitExpanded.coefficients, 9);
    expectAllClose(fitWeighted.standardErrors, fitExpanded.standardErrors, 9);
    expect(fitWeighted.logLikelihood).toBeCloseTo(fitExpanded.logLikelihood, 9);
    const lmgWeighted = lmg(rows, detractor, weighted);
    const lmgExpanded = lmg(expanded, expandedY);
    expectAllClose(lmgWeighted.shares, lmgExpanded.shares, 12);
    const rwWeighted = relativeWeights(rows, detractor, weighted);
    const rwExpanded = relativeWeights(expanded, expandedY);
    expectAllClose(rwWeighted.raw, rwExpanded.raw, 12);
  });

  it('refuses weights that do not fit the rows', () => {
    expect(() => lmg([[1], [2], [3]], [1, 2, 4], { weights: [1, 1] })).toThrow(
      /3 rows but 2 weights/,
    );
    expect(() => lmg([[1], [2], [3]], [1, 2, 4], { weights: [1, -1, 1] })).toThrow(/weights\[1\]/);
    expect(() => logisticRegression([[1], [2], [3]], [0, 1, 1], { weights: [5, 0, 0] })).toThrow(
      /always 0/,
    );
  });
});

describe('key drivers — what users run into', () => {
  it('refuses collinear, constant and too-short data with a plain message', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((v) => [v, 2 * v]);
    const y = [3, 1, 4, 1, 5, 9];
    expect(() => lmg(rows, y)).toThrow(/collinear/);
    expect(() => relativeWeights(rows, y)).toThrow(/collinear/);
    expect(() => lmg([[1], [2], [3]], [1, 1, 1])).toThrow(/y does not vary/);
    expect(() => lmg([[1, 2]], [1])).toThrow(/more than 3 rows, got 1/);
    expect(() => lmg([[1], [2]], [1])).toThrow(/2 rows but y has 1/);
    const wide = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 16 }, (_, j) => Math.sin(i * (j + 1))),
    );
    expect(() =>
      lmg(
        wide,
        wide.map((row) => row[0] ?? 0),
      ),
    ).toThrow(/at most 15 predictors/);
  });

  it('computes LMG for 12 predictors from the correlation matrix', () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      Array.from(
        { length: 12 },
        (_, j) => Math.sin((i + 1) * (j + 1.37)) + 0.3 * Math.cos(i * 0.7),
      ),
    );
    const y = rows.map((row, i) =>
      row.reduce((sum, value, j) => sum + value * (j % 3), Math.sin(i * 13.1)),
    );
    const result = lmg(rows, y);
    expect(result.shares).toHaveLength(12);
    expect(result.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(result.r2, 10);
  });
});
