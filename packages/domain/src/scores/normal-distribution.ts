import { assertConfidence } from './guards.ts';

const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/** The standard normal density φ(x). */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / SQRT_TWO_PI;
}

/** Upper tail Q(x) = 1 − Φ(x) for x > 0 by its continued fraction (accurate far out). */
function upperTail(x: number): number {
  // Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))), evaluated from the bottom up.
  let fraction = x;
  for (let k = 200; k >= 1; k--) fraction = x + k / fraction;
  return normalPdf(x) / fraction;
}

/**
 * Φ(x), the standard normal distribution function, to about 1e-15: Marsaglia's series
 * Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/(3·5) + …) near the centre and the continued fraction of the
 * tail beyond |x| = 3, so tail probabilities keep their relative precision.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf needs a number');
  if (x > 3) return 1 - upperTail(x);
  if (x < -3) return upperTail(-x);
  let term = x;
  let sum = x;
  for (let k = 1; k < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); k++) {
    term *= (x * x) / (2 * k + 1);
    sum += term;
  }
  return 0.5 + normalPdf(x) * sum;
}

/**
 * The quantile Φ⁻¹(p) of the standard normal distribution for 0 < p < 1: the Abramowitz &
 * Stegun 26.2.23 starting value refined by Halley steps on {@link normalCdf} to full precision.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  if (p > 0.5) return -normalQuantile(1 - p);
  if (p === 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(p));
  let x =
    -t +
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  for (let i = 0; i < 6; i++) {
    const u = (normalCdf(x) - p) / normalPdf(x);
    const step = u / (1 + (x * u) / 2);
    x -= step;
    if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/** The z such that ±z holds `confidence` of a standard normal, e.g. 1.959964 for 0.95. */
export function twoSidedZ(confidence: number): number {
  assertConfidence(confidence);
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Two-sided p-value of a standard normal test statistic. */
export function twoSidedNormalPValue(z: number): number {
  return 2 * normalCdf(-Math.abs(z));
}
