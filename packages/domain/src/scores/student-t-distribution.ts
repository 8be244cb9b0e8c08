import { normalQuantile } from './normal-distribution.ts';
import { findRoot, regularizedIncompleteBeta } from './special-functions.ts';

function assertDegrees(degreesOfFreedom: number): void {
  if (!(degreesOfFreedom > 0))
    throw new RangeError(`degrees of freedom must be above 0, got ${degreesOfFreedom}`);
}

/**
 * P(T ≤ t) for Student's t distribution with ν degrees of freedom, through the incomplete
 * beta function: P(|T| > |t|) = I_{ν/(ν+t²)}(ν/2, ½).
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  assertDegrees(degreesOfFreedom);
  if (Number.isNaN(t)) throw new RangeError('studentTCdf needs a number');
  const nu = degreesOfFreedom;
  const bothTails = regularizedIncompleteBeta(nu / (nu + t * t), nu / 2, 0.5);
  return t >= 0 ? 1 - bothTails / 2 : bothTails / 2;
}

/**
 * The quantile of Student's t distribution for 0 < p < 1, by bisection on
 * {@link studentTCdf} inside a bracket widened from the normal quantile.
 */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  assertDegrees(degreesOfFreedom);
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTQuantile(1 - p, degreesOfFreedom);
  // t quantiles lie further out than normal ones: widen until the bracket holds p.
  let low = Math.min(-1, 2 * normalQuantile(p));
  while (studentTCdf(low, degreesOfFreedom) > p) low *= 2;
  return findRoot((t) => studentTCdf(t, degreesOfFreedom) - p, low, 0);
}
