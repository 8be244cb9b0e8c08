import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { lmg } from './lmg.ts';
import { relativeWeights } from './relative-weights.ts';

/**
 * Key-driver importance (relative weights and LMG) for answer-level data that arrives grouped:
 * drivers are yes/no facts (a broken promise, a theme), so a million answers fall into a few
 * thousand distinct rows, each passed once with its count as a frequency weight. Drivers that
 * never vary or repeat others are left out first, so the regressions are always estimable.
 */
export interface TWeightedRow {
  x: readonly number[];
  y: number;
  /** How many answers share these values. */
  weight: number;
}

export interface TDriverImportance {
  /** R² of the linear probability model over the drivers that could be used. */
  r2: number;
  /** Per driver, in input order; null for a driver left out (constant or collinear). */
  relativeWeight: (number | null)[];
  /** The same as percentages of R². */
  relativeWeightPercent: (number | null)[];
  /** LMG share of R² for the drivers with the largest relative weights; null for the others. */
  lmg: (number | null)[];
}

/**
 * Weighted correlation matrix of the columns [x₁…x_p, y] (two passes, for accuracy), and
 * whether each column varies at all (a constant column correlates with nothing: 0).
 */
function correlateWeightedRows(
  rows: readonly TWeightedRow[],
  p: number,
): { matrix: number[][]; varies: boolean[] } {
  const size = p + 1;
  const value = (row: TWeightedRow, j: number) => (j === p ? row.y : (row.x[j] as number));
  let total = 0;
  const means = new Float64Array(size);
  for (const row of rows) {
    total += row.weight;
    for (let j = 0; j < size; j++) means[j] = (means[j] as number) + row.weight * value(row, j);
  }
  for (let j = 0; j < size; j++) means[j] = (means[j] as number) / total;
  const cov = Array.from({ length: size }, () => new Float64Array(size));
  for (const row of rows) {
    for (let j = 0; j < size; j++) {
      const dj = value(row, j) - (means[j] as number);
      const line = cov[j] as Float64Array;
      for (let k = j; k < size; k++)
        line[k] = (line[k] as number) + row.weight * dj * (value(row, k) - (means[k] as number));
    }
  }
  const sd = (j: number) => Math.sqrt((cov[j] as Float64Array)[j] as number);
  const varies = Array.from({ length: size }, (_, j) => sd(j) > 1e-12 * Math.sqrt(total));
  const matrix = Array.from({ length: size }, (_, j) =>
    Array.from({ length: size }, (_, k) => {
      if (!(varies[j] && varies[k])) return 0;
      if (j === k) return 1;
      const [a, b] = j < k ? [j, k] : [k, j];
      return ((cov[a] as Float64Array)[b] as number) / (sd(a) * sd(b));
    }),
  );
  return { matrix, varies };
}

function subMatrix(matrix: readonly number[][], indexes: readonly number[]): number[][] {
  return indexes.map((j) => indexes.map((k) => (matrix[j] as number[])[k] as number));
}

/** Drivers that vary and are not (nearly) combinations of those already kept, in the given order. */
function independentDrivers(
  correlation: readonly number[][],
  order: readonly number[],
  varies: (j: number) => boolean,
) {
  const kept: number[] = [];
  for (const j of order) {
    if (!varies(j)) continue;
    const candidate = [...kept, j];
    const eigen = new EigenvalueDecomposition(new Matrix(subMatrix(correlation, candidate)), {
      assumeSymmetric: true,
    });
    if (Math.min(...eigen.realEigenvalues) > 1e-6) kept.push(j);
  }
  return kept;
}

function weightedInput(rows: readonly TWeightedRow[], drivers: readonly number[]) {
  return {
    X: rows.map((row) => drivers.map((j) => row.x[j] as number)),
    y: rows.map((row) => row.y),
    options: { weights: rows.map((row) => row.weight) },
  };
}

/**
 * Relative weights (Johnson 2000) of every usable driver, and LMG (Shapley R²) of the
 * `lmgLimit` drivers with the largest relative weights (LMG costs 2^p regressions).
 */
export function driverImportance(
  rows: readonly TWeightedRow[],
  p: number,
  options: { lmgLimit?: number } = {},
): TDriverImportance {
  const empty: TDriverImportance = {
    r2: 0,
    relativeWeight: Array(p).fill(null),
    relativeWeightPercent: Array(p).fill(null),
    lmg: Array(p).fill(null),
  };
  const { matrix: correlation, varies: columnVaries } = correlateWeightedRows(rows, p);
  const varies = (j: number) => columnVaries[j] === true;
  if (p === 0 || !varies(p)) return empty;
  const byStrength = Array.from({ length: p }, (_, j) => j).sort(
    (a, b) =>
      Math.abs((correlation[b] as number[])[p] as number) -
      Math.abs((correlation[a] as number[])[p] as number),
  );
  const kept = independentDrivers(correlation, byStrength, varies);
  if (kept.length === 0) return empty;
  const input = weightedInput(rows, kept);
  const weights = relativeWeights(input.X, input.y, input.options);
  const result = { ...empty, r2: weights.r2 };
  kept.forEach((j, index) => {
    result.relativeWeight[j] = weights.raw[index] as number;
    result.relativeWeightPercent[j] = weights.rescaled[index] as number;
  });
  const strongest = [...kept]
    .sort((a, b) => (result.relativeWeight[b] ?? 0) - (result.relativeWeight[a] ?? 0))
    .slice(0, options.lmgLimit ?? 12);
  const strongestInput = weightedInput(rows, strongest);
  const shares = lmg(strongestInput.X, strongestInput.y, strongestInput.options);
  strongest.forEach((j, index) => {
    result.lmg[j] = shares.shares[index] as number;
  });
  return result;
}
