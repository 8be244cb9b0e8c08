import { assertConfidence, assertCount } from './guards.ts';
import { twoSidedZ } from './normal-distribution.ts';

/** A confidence interval: its lower and upper end. */
export interface TInterval {
  low: number;
  high: number;
}

function assertSuccesses(x: number, n: number, label: string): void {
  assertCount(`${label}successes`, x);
  assertCount(`${label}answers`, n);
  if (n === 0) throw new RangeError(`a proportion needs at least one answer; ${label}n is 0`);
  if (x > n) throw new RangeError(`${label}successes (${x}) cannot exceed the answers (${n})`);
}

function wilsonWith(x: number, n: number, z: number): TInterval {
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denominator = 1 + z2 / n;
  // At x = 0 or x = n the formula gives 0 and 1 exactly up to rounding: pin them.
  return {
    low: x === 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    high: x === n ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}

/**
 * Wilson score interval for a proportion x/n (Newcombe 1998a, method 3, no continuity
 * correction), e.g. CSAT top-2-box: good coverage at small n and never outside 0…1.
 * @throws RangeError when n is 0, x > n, a count is not a whole number ≥ 0, or the confidence is
 *   not between 0 and 1.
 */
export function wilsonInterval(x: number, n: number, confidence = 0.95): TInterval {
  assertConfidence(confidence);
  assertSuccesses(x, n, '');
  return wilsonWith(x, n, twoSidedZ(confidence));
}

/**
 * Interval for the difference of two independent proportions x₁/n₁ − x₂/n₂ by Newcombe's
 * (1998b) method 10, the hybrid score interval built from the two Wilson intervals:
 * low = Δ − √((p₁ − l₁)² + (u₂ − p₂)²), high = Δ + √((u₁ − p₁)² + (p₂ − l₂)²).
 * @throws RangeError under the same conditions as {@link wilsonInterval}, for either sample.
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  confidence = 0.95,
): TInterval {
  assertConfidence(confidence);
  assertSuccesses(x1, n1, 'first sample ');
  assertSuccesses(x2, n2, 'second sample ');
  const z = twoSidedZ(confidence);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const first = wilsonWith(x1, n1, z);
  const second = wilsonWith(x2, n2, z);
  const delta = p1 - p2;
  return {
    low: delta - Math.hypot(p1 - first.low, second.high - p2),
    high: delta + Math.hypot(first.high - p1, p2 - second.low),
  };
}
