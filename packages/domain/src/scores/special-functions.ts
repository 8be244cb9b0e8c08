/** Log-gamma, the regularized incomplete beta function and a bracketing root finder. */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0: shift x above 15 with Γ(x + 1) = xΓ(x), then Stirling's series, whose
 * next term is below 1e-13 there.
 */
export function logGamma(x: number): number {
  let shift = 0;
  let z = x;
  while (z < 15) {
    shift += Math.log(z);
    z += 1;
  }
  const z2 = z * z;
  const series = (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z;
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series - shift;
}

/** Continued fraction of the incomplete beta function, evaluated by the modified Lentz method. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const clamp = (value: number) => (Math.abs(value) < 1e-300 ? 1e-300 : value);
  let c = 1;
  let d = 1 / clamp(1 - ((a + b) * x) / (a + 1));
  let fraction = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 / clamp(1 + even * d);
    c = clamp(1 + even / c);
    fraction *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 / clamp(1 + odd * d);
    c = clamp(1 + odd / c);
    fraction *= d * c;
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return fraction;
}

/** I_x(a, b), the regularized incomplete beta function, for a, b > 0 and 0 ≤ x ≤ 1. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront =
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  // The fraction converges fast only below the mean; above it use I_x(a, b) = 1 − I_{1−x}(b, a).
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/**
 * Where `fn` crosses from ≤ 0 to > 0 (or back) between `low` and `high`, whose values lie on
 * opposite sides, by bisection to the resolution of doubles (at most 200 halvings). Treating 0
 * as "not above" lets a search start at a point where the function touches zero.
 */
export function findRoot(fn: (x: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  const aboveAtLow = fn(a) > 0;
  if (fn(b) > 0 === aboveAtLow)
    throw new RangeError(`findRoot: no sign change between ${low} and ${high}`);
  for (let i = 0; i < 200; i++) {
    const middle = (a + b) / 2;
    if (middle === a || middle === b) break;
    if (fn(middle) > 0 === aboveAtLow) a = middle;
    else b = middle;
  }
  return (a + b) / 2;
}
