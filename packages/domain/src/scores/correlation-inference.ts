import { assertConfidence } from './guards.ts';
import { twoSidedZ } from './normal-distribution.ts';
import type { TInterval } from './proportion-intervals.ts';
import { studentTQuantile } from './student-t-distribution.ts';

function assertCorrelation(name: string, r: number): void {
  if (!(r >= -1 && r <= 1)) throw new RangeError(`${name} must be between −1 and 1, got ${r}`);
}

/**
 * Confidence interval of a correlation by Fisher's z: tanh(atanh r ± z/√(n − 3)). `n` may be
 * an effective sample size (not whole). With few periods the interval is wide: say so rather
 * than read much into r.
 * @throws RangeError when n ≤ 3, |r| > 1 or the confidence is not between 0 and 1.
 */
export function fisherCorrelationInterval(r: number, n: number, confidence = 0.95): TInterval {
  assertCorrelation('r', r);
  assertConfidence(confidence);
  if (!(n > 3)) throw new RangeError(`a correlation interval needs more than 3 points, got ${n}`);
  if (Math.abs(r) === 1) return { low: r, high: r };
  const centre = Math.atanh(r);
  const halfWidth = twoSidedZ(confidence) / Math.sqrt(n - 3);
  return { low: Math.tanh(centre - halfWidth), high: Math.tanh(centre + halfWidth) };
}

/**
 * The smallest |r| that differs from 0 at level `alpha` (two-sided) with n points:
 * t / √(t² + n − 2), t the 1 − α/2 quantile of Student's t with n − 2 degrees of freedom
 * (n = 8 → 0.707). `n` may be an effective sample size.
 * @throws RangeError when n ≤ 2 or alpha is not between 0 and 1.
 */
export function criticalCorrelation(n: number, alpha = 0.05): number {
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(n > 2)) throw new RangeError(`a critical correlation needs more than 2 points, got ${n}`);
  const t = studentTQuantile(1 - alpha / 2, n - 2);
  return t / Math.sqrt(t * t + n - 2);
}

/**
 * Effective number of independent points for correlating two autocorrelated series
 * (Bretherton et al. 1999): n(1 − ρ₁ρ₂)/(1 + ρ₁ρ₂), with ρ₁, ρ₂ their lag-1 autocorrelations
 * (n = 12, ρ = .5 and .5 → 7.2). Never more than n: series that alternate do not add periods.
 * @throws RangeError when n < 0 or a ρ is outside (−1, 1).
 */
export function effectiveSampleSize(n: number, rho1: number, rho2: number): number {
  if (!(n >= 0)) throw new RangeError(`n must be 0 or more, got ${n}`);
  for (const [name, rho] of [
    ['rho1', rho1],
    ['rho2', rho2],
  ] as const)
    if (!(rho > -1 && rho < 1))
      throw new RangeError(`${name} must be between −1 and 1, got ${rho}`);
  const product = rho1 * rho2;
  return Math.min(n, (n * (1 - product)) / (1 + product));
}
