import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { addOuterProduct, columnMeans, symmetricFromUpper } from './cross-products.ts';
import { at } from './guards.ts';
import { assertDesign, rowWeights, type TRegressionOptions } from './regression-input.ts';

/** Correlations among the predictors and with the outcome: all that R² of any subset needs. */
export interface TPredictorCorrelations {
  /** Number of rows (the sum of the weights). */
  n: number;
  /** p × p correlation matrix of the predictors. */
  rxx: number[][];
  /** Correlation of each predictor with the outcome. */
  rxy: number[];
}

/**
 * A squared Cholesky pivot of a correlation matrix is 1 − R² of that predictor on the ones
 * before it: below this it is a combination of them in all but rounding.
 */
const COLLINEAR = 1e-8;

/**
 * Correlation matrix of [X, y] from weighted centred cross-products (two passes, for accuracy).
 * @throws RangeError when the input is malformed, there are no more rows than predictors + 1,
 *   or a column is constant.
 */
export function correlatePredictors(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: TRegressionOptions = {},
): TPredictorCorrelations {
  const p = assertDesign(X, y);
  const { weights, total } = rowWeights(options, y.length, p + 1);
  const columns = p + 1;
  const means = columnMeans(X, y, weights, total);
  const cross = new Float64Array(columns * columns);
  const centred = new Float64Array(columns);
  for (let i = 0; i < y.length; i++) {
    const row = X[i] as readonly number[];
    for (let j = 0; j < p; j++) centred[j] = (row[j] as number) - (means[j] as number);
    centred[p] = (y[i] as number) - (means[p] as number);
    addOuterProduct(cross, centred, weights[i] as number);
  }
  const covariance = symmetricFromUpper(cross, columns);
  const scale = covariance.map((row, j) => Math.sqrt(at(row, j)));
  scale.forEach((s, j) => {
    if (!(s > 0))
      throw new RangeError(j === p ? 'y does not vary' : `predictor ${j} does not vary`);
  });
  const r = (j: number, k: number) => at(covariance[j] ?? [], k) / (at(scale, j) * at(scale, k));
  return {
    n: total,
    rxx: Array.from({ length: p }, (_, j) =>
      Array.from({ length: p }, (_, k) => (j === k ? 1 : r(j, k))),
    ),
    rxy: Array.from({ length: p }, (_, j) => r(j, p)),
  };
}

/**
 * R² of the regression of y on the predictors in `subset`, from the correlations alone:
 * r_S' R_SS⁻¹ r_S. The empty subset has R² = 0.
 * @throws RangeError when the subset's predictors are collinear.
 */
export function subsetRSquared(
  correlations: TPredictorCorrelations,
  subset: readonly number[],
): number {
  if (subset.length === 0) return 0;
  const block = new Matrix(subset.map((j) => subset.map((k) => at(correlations.rxx[j] ?? [], k))));
  const cholesky = new CholeskyDecomposition(block);
  const pivots = cholesky.lowerTriangularMatrix.diag();
  if (!cholesky.isPositiveDefinite() || pivots.some((d) => d * d < COLLINEAR))
    throw new RangeError(
      `predictors ${subset.join(', ')} are collinear: one is a combination of the others; drop one`,
    );
  const target = Matrix.columnVector(subset.map((j) => at(correlations.rxy, j)));
  const beta = cholesky.solve(target);
  let r2 = 0;
  subset.forEach((j, index) => {
    r2 += at(correlations.rxy, j) * beta.get(index, 0);
  });
  return r2;
}
