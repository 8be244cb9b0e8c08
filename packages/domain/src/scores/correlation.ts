import { assertFiniteSeries, at } from './guards.ts';

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Pearson's correlation of two equally long series.
 * @throws RangeError when the lengths differ, there are fewer than 2 points, a value is not
 *   finite, or a series does not vary (its correlation is undefined).
 */
export function pearsonCorrelation(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length)
    throw new RangeError(`the two series must be equally long (${x.length} and ${y.length})`);
  if (x.length < 2) throw new RangeError('a correlation needs at least 2 points');
  assertFiniteSeries('x', x);
  assertFiniteSeries('y', y);
  const meanX = mean(x);
  const meanY = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = at(x, i) - meanX;
    const dy = at(y, i) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0)
    throw new RangeError(`${sxx === 0 ? 'x' : 'y'} does not vary, so it has no correlation`);
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Lag-1 autocorrelation of a series, the usual estimator (as R's `acf`):
 * Σ (xₜ − x̄)(xₜ₊₁ − x̄) / Σ (xₜ − x̄)². Feed it to {@link effectiveSampleSize}.
 * @throws RangeError with fewer than 3 points, a value that is not finite, or a constant series.
 */
export function lag1Autocorrelation(series: readonly number[]): number {
  if (series.length < 3) throw new RangeError('a lag-1 autocorrelation needs at least 3 points');
  assertFiniteSeries('series', series);
  const centre = mean(series);
  let lagged = 0;
  let squares = 0;
  for (let t = 0; t < series.length; t++) {
    const deviation = at(series, t) - centre;
    squares += deviation * deviation;
    if (t + 1 < series.length) lagged += deviation * (at(series, t + 1) - centre);
  }
  if (squares === 0) throw new RangeError('the series does not vary, so it has no autocorrelation');
  return lagged / squares;
}
