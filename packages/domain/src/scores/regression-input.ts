/** Options shared by the regressions (relative weights, LMG, logistic regression). */
export interface TRegressionOptions {
  /**
   * Frequency weights, one per row (default 1 each): a row with weight 40 counts as 40 equal
   * rows. Answer-level data with yes/no drivers has few distinct rows — passing each distinct
   * row once with its count gives the same result as the raw rows, far faster.
   */
  weights?: readonly number[];
}

/** Checks that X is n × p with finite values and y has n finite values; returns p. */
export function assertDesign(X: readonly (readonly number[])[], y: readonly number[]): number {
  if (X.length !== y.length)
    throw new RangeError(`X has ${X.length} rows but y has ${y.length} values`);
  const p = X[0]?.length ?? 0;
  if (p === 0) throw new RangeError('X needs at least one predictor column');
  for (let i = 0; i < X.length; i++) {
    const row = X[i] as readonly number[];
    if (row.length !== p)
      throw new RangeError(`row ${i} of X has ${row.length} values, expected ${p}`);
    for (let j = 0; j < p; j++)
      if (!Number.isFinite(row[j]))
        throw new RangeError(`X[${i}][${j}] must be a finite number, got ${row[j]}`);
    if (!Number.isFinite(y[i]))
      throw new RangeError(`y[${i}] must be a finite number, got ${y[i]}`);
  }
  return p;
}

/**
 * The row weights (1 each without options) and their total.
 * @throws RangeError when the weights are not one finite number ≥ 0 per row, or the total is
 *   not above `minimumTotal` (what the model needs to be estimable).
 */
export function rowWeights(
  options: TRegressionOptions,
  rows: number,
  minimumTotal: number,
): { weights: Float64Array; total: number } {
  const weights = options.weights
    ? Float64Array.from(options.weights)
    : new Float64Array(rows).fill(1);
  if (weights.length !== rows)
    throw new RangeError(`there are ${rows} rows but ${weights.length} weights`);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const weight = weights[i] as number;
    if (!(weight >= 0 && Number.isFinite(weight)))
      throw new RangeError(`weights[${i}] must be a finite number, 0 or more, got ${weight}`);
    total += weight;
  }
  if (!(total > minimumTotal))
    throw new RangeError(`this model needs more than ${minimumTotal} rows, got ${total}`);
  return { weights, total };
}
