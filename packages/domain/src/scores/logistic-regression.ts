import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { addOuterProduct, symmetricFromUpper } from './cross-products.ts';
import { at } from './guards.ts';
import { assertDesign, rowWeights, type TRegressionOptions } from './regression-input.ts';

/** Result of {@link logisticRegression}. */
export interface TLogisticRegression {
  /** Intercept first, then one per column of X. */
  coefficients: number[];
  /** From the inverse of the information matrix at the fit, in the same order. */
  standardErrors: number[];
  logLikelihood: number;
  iterations: number;
}

const MAX_ITERATIONS = 50;
/** Relative change of the deviance that ends the iterations (R's glm uses 1e-8). */
const TOLERANCE = 1e-10;
/**
 * Separation shows, once the deviance has settled, as fitted probabilities this close to 0 or 1
 * while the linear predictor still grows by more than STILL_MOVING of its size per Newton step:
 * the maximum is at infinity. A steep but finite fit has extreme probabilities too, but Newton's
 * steps have shrunk quadratically by then.
 */
const SEPARATED = 1e-10;
const STILL_MOVING = 1e-3;

/** log(1 + eˣ) without overflow. */
const softplus = (x: number) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x)));

function assertBinary(y: readonly number[], rows: Float64Array): void {
  let ones = 0;
  let total = 0;
  y.forEach((value, i) => {
    if (value !== 0 && value !== 1) throw new RangeError(`y[${i}] must be 0 or 1, got ${value}`);
    ones += value * (rows[i] as number);
    total += rows[i] as number;
  });
  if (ones === 0 || ones === total)
    throw new RangeError(`y is always ${ones === 0 ? 0 : 1}: there is nothing to explain`);
}

/** Information matrix X'WX and X'Wz of one IRLS step, the intercept as column 0. */
function weightedCrossProducts(
  X: readonly (readonly number[])[],
  weights: Float64Array,
  working: Float64Array,
) {
  const q = (X[0]?.length ?? 0) + 1;
  const sums = new Float64Array(q * q);
  const score = new Float64Array(q);
  const row = new Float64Array(q);
  row[0] = 1;
  for (let i = 0; i < X.length; i++) {
    const values = X[i] as readonly number[];
    for (let j = 1; j < q; j++) row[j] = values[j - 1] as number;
    const w = weights[i] as number;
    const wz = w * (working[i] as number);
    for (let j = 0; j < q; j++) score[j] = (score[j] as number) + wz * (row[j] as number);
    addOuterProduct(sums, row, w);
  }
  return {
    information: new Matrix(symmetricFromUpper(sums, q)),
    score: Matrix.columnVector(Array.from(score)),
  };
}

/**
 * Cholesky factor of X'WX. A squared pivot over its diagonal entry is the share of that column
 * not explained by the columns before it (scale-free): near 0 means collinear.
 */
function choleskyOf(information: Matrix): CholeskyDecomposition {
  const cholesky = new CholeskyDecomposition(information);
  const pivots = cholesky.lowerTriangularMatrix.diag();
  const diagonal = information.diag();
  const collinear = pivots.some((d, j) => !(d * d > 1e-10 * at(diagonal, j)));
  if (!cholesky.isPositiveDefinite() || collinear)
    throw new RangeError('the predictors are collinear (or one does not vary): drop one');
  return cholesky;
}

function linearPredictor(X: readonly (readonly number[])[], beta: readonly number[]): Float64Array {
  const eta = new Float64Array(X.length);
  const coefficients = Float64Array.from(beta);
  for (let i = 0; i < X.length; i++) {
    const row = X[i] as readonly number[];
    let sum = coefficients[0] as number;
    for (let j = 0; j < row.length; j++)
      sum += (row[j] as number) * (coefficients[j + 1] as number);
    eta[i] = sum;
  }
  return eta;
}

function logLikelihoodOf(eta: Float64Array, y: readonly number[], rows: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < eta.length; i++) {
    const value = eta[i] as number;
    sum -= (rows[i] as number) * softplus(y[i] === 1 ? -value : value);
  }
  return sum;
}

/**
 * IRLS weights (row weight)·μ(1 − μ) and working response η + (y − μ)/(μ(1 − μ)) at the linear
 * predictor η (without y, only the weights are wanted).
 */
function weightsAt(eta: Float64Array, y: readonly number[] | null, rows: Float64Array) {
  const weights = new Float64Array(eta.length);
  const working = new Float64Array(eta.length);
  for (let i = 0; i < eta.length; i++) {
    const value = eta[i] as number;
    const mu = 1 / (1 + Math.exp(-value));
    const variance = Math.max(mu * (1 - mu), 1e-300);
    weights[i] = (rows[i] as number) * variance;
    working[i] = y === null ? value : value + ((y[i] as number) - mu) / variance;
  }
  return { weights, working };
}

function assertNotSeparated(
  eta: Float64Array,
  previous: Float64Array,
  beta: readonly number[],
  X: readonly (readonly number[])[],
): void {
  const limit = Math.log((1 - SEPARATED) / SEPARATED);
  let largest = 0;
  let step = 0;
  eta.forEach((value, i) => {
    largest = Math.max(largest, Math.abs(value));
    step = Math.max(step, Math.abs(value - at(previous, i)));
  });
  if (largest <= limit || step <= STILL_MOVING * largest) return;
  // Name the column whose coefficient moves the fit most across its observed range.
  const reach = beta.slice(1).map((b, j) => {
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (const row of X) {
      low = Math.min(low, at(row, j));
      high = Math.max(high, at(row, j));
    }
    return Math.abs(b) * (high - low);
  });
  const worst = reach.indexOf(Math.max(...reach));
  throw new RangeError(
    `the outcome is perfectly predicted for some rows (separation), so the coefficients are infinite; column ${worst} separates most — merge or drop it`,
  );
}

/**
 * Logistic regression of a 0/1 outcome on the columns of X (without an intercept column; the
 * intercept is added and comes first in the result), fitted by iteratively reweighted least
 * squares, i.e. Newton's method on the log-likelihood: β ← (X'WX)⁻¹X'Wz with W = μ(1 − μ) and
 * working response z = η + (y − μ)/W, started like R's glm from μ = (y + ½)/2. Standard errors
 * are √diag((X'WX)⁻¹) at the fit. `options.weights` are frequency weights (counts of equal rows).
 * @throws RangeError when y is not all 0/1 or is constant, shapes mismatch, there are fewer rows
 *   than coefficients, predictors are collinear, the outcome is separated (fitted probabilities
 *   of 0 or 1: the maximum is at infinity), or the fit does not converge in 50 iterations.
 */
export function logisticRegression(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: TRegressionOptions = {},
): TLogisticRegression {
  const p = assertDesign(X, y);
  const rows = rowWeights(options, y.length, p + 1).weights;
  assertBinary(y, rows);
  let eta: Float64Array = Float64Array.from(y, (value) => Math.log((value + 0.5) / (1.5 - value)));
  let previous = eta;
  let beta: number[] = [];
  let deviance = Number.POSITIVE_INFINITY;
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const { weights, working } = weightsAt(eta, y, rows);
    const { information, score } = weightedCrossProducts(X, weights, working);
    beta = choleskyOf(information).solve(score).getColumn(0);
    previous = eta;
    eta = linearPredictor(X, beta);
    const next = -2 * logLikelihoodOf(eta, y, rows);
    const settled = Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE;
    deviance = next;
    if (!settled) continue;
    assertNotSeparated(eta, previous, beta, X);
    const atFit = weightsAt(eta, null, rows);
    const final = weightedCrossProducts(X, atFit.weights, atFit.working);
    const covariance = choleskyOf(final.information).solve(Matrix.eye(p + 1));
    return {
      coefficients: beta,
      standardErrors: covariance.diag().map(Math.sqrt),
      logLikelihood: -deviance / 2,
      iterations: iteration,
    };
  }
  assertNotSeparated(eta, previous, beta, X);
  throw new RangeError(`the logistic regression did not converge in ${MAX_ITERATIONS} iterations`);
}
