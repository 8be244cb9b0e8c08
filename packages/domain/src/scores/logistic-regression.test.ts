import { describe, expect, it } from 'vitest';
import { readMtcars } from './fixtures/mtcars.ts';
import { logisticRegression } from './logistic-regression.ts';

const cars = readMtcars();

describe('logisticRegression — REFERENCE.md, glm(am ~ wt + hp, binomial, mtcars)', () => {
  it('reproduces the coefficients, standard errors and log-likelihood', () => {
    const result = logisticRegression(
      cars.map((car) => [car.wt, car.hp]),
      cars.map((car) => car.am),
    );
    const [intercept, wt, hp] = result.coefficients;
    expect(intercept).toBeCloseTo(18.8663, 5);
    expect(wt).toBeCloseTo(-8.083475, 6);
    expect(hp).toBeCloseTo(0.036256, 6);
    const [seIntercept, seWt, seHp] = result.standardErrors;
    expect(seIntercept).toBeCloseTo(7.44356, 5);
    expect(seWt).toBeCloseTo(3.06868, 5);
    expect(seHp).toBeCloseTo(0.01773, 5);
    expect(result.logLikelihood).toBeCloseTo(-5.029555, 6);
  });
});

describe('logisticRegression — what users run into', () => {
  it('explains separation in a logistic regression instead of returning huge coefficients', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(() =>
      logisticRegression(
        x.map((v) => [v]),
        x.map((v) => (v > 5 ? 1 : 0)),
      ),
    ).toThrow(/separation/);
    // Quasi-separation: every row with the driver is a detractor.
    const driver = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
    const detractor = [0, 1, 0, 1, 0, 0, 1, 1, 1, 1];
    expect(() =>
      logisticRegression(
        driver.map((v) => [v]),
        detractor,
      ),
    ).toThrow(/column 0 separates/);
    expect(() =>
      logisticRegression(
        x.map((v) => [v]),
        x.map(() => 1),
      ),
    ).toThrow(/always 1/);
    expect(() =>
      logisticRegression(
        x.map((v) => [v]),
        x.map((v) => v % 3),
      ),
    ).toThrow(/must be 0 or 1/);
    expect(() =>
      logisticRegression(
        x.map((v) => [v, v]),
        x.map((v) => v % 2),
      ),
    ).toThrow(/collinear/);
  });

  it('fits a binary driver and matches the closed form for a 2 × 2 table', () => {
    // 2 × 2 table: without driver 3 of 8 detractors, with driver 6 of 8.
    const driver = [...Array(8).fill(0), ...Array(8).fill(1)];
    const detractor = [1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0];
    const result = logisticRegression(
      driver.map((v) => [v]),
      detractor,
    );
    expect(result.coefficients[0]).toBeCloseTo(Math.log(3 / 5), 8);
    expect(result.coefficients[1]).toBeCloseTo(Math.log(6 / 2) - Math.log(3 / 5), 8);
    expect(result.standardErrors[1]).toBeCloseTo(Math.sqrt(1 / 3 + 1 / 5 + 1 / 6 + 1 / 2), 8);
  });

  it('fits a steep but finite model whose far rows have probabilities of numerically 0 or 1', () => {
    // Overlap between 4 and 7 keeps the maximum finite; the row at 400 sits far beyond it.
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 400];
    const y = [0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1];
    const result = logisticRegression(
      x.map((v) => [v]),
      y,
    );
    const slope = result.coefficients[1] ?? 0;
    expect(slope).toBeGreaterThan(0);
    expect(Number.isFinite(slope)).toBe(true);
    expect((result.coefficients[0] ?? 0) + 400 * slope).toBeGreaterThan(30);
  });
});
