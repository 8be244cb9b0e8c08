import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { at } from './guards.ts';
import { correlatePredictors } from './predictor-correlations.ts';
import type { TRegressionOptions } from './regression-input.ts';

/** Result of {@link relativeWeights}, in the order of the columns of X. */
export interface TRelativeWeights {
  /** R² of the full regression; the raw weights sum to it. */
  r2: number;
  /** Each predictor's share of R² (its relative weight). */
  raw: number[];
  /** raw / R² × 100: percentages that sum to 100 (equal shares when R² is 0). */
  rescaled: number[];
}

/**
 * Johnson's (2000) relative weights of the predictors (columns of X, no intercept column) in
 * a linear regression of y: the predictors are replaced by their closest orthogonal
 * counterparts Z (Λ = R_xx^½ relates them), y is regressed on Z, and each predictor receives
 * Σₖ Λ_jk² βₖ². Unlike standardised coefficients they share out R² even when predictors are
 * correlated, and they take any number of predictors (for a handful, {@link lmg} is the
 * exact Shapley alternative).
 * `options.weights` are frequency weights (see {@link TRegressionOptions}).
 * @throws RangeError for mismatched shapes, too few rows, a constant column, or collinear
 *   predictors.
 */
export function relativeWeights(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: TRegressionOptions = {},
): TRelativeWeights {
  const { rxx, rxy } = correlatePredictors(X, y, options);
  const p = rxy.length;
  const eigen = new EigenvalueDecomposition(new Matrix(rxx), { assumeSymmetric: true });
  const values = eigen.realEigenvalues;
  if (values.some((value) => value < 1e-8))
    throw new RangeError(
      'the predictors are collinear: one is a combination of the others; drop one',
    );
  const vectors = eigen.eigenvectorMatrix;
  const root = vectors.mmul(Matrix.diag(values.map(Math.sqrt))).mmul(vectors.transpose());
  const inverseRoot = vectors
    .mmul(Matrix.diag(values.map((v) => 1 / Math.sqrt(v))))
    .mmul(vectors.transpose());
  const beta = inverseRoot.mmul(Matrix.columnVector(rxy)).getColumn(0);
  const raw = Array.from({ length: p }, (_, j) => {
    let weight = 0;
    for (let k = 0; k < p; k++) weight += root.get(j, k) ** 2 * at(beta, k) ** 2;
    return weight;
  });
  const r2 = raw.reduce((sum, weight) => sum + weight, 0);
  return { r2, raw, rescaled: raw.map((weight) => (r2 > 0 ? (100 * weight) / r2 : 100 / p)) };
}
