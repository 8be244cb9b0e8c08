import type { TChartSignal } from './ewma-chart.ts';
import { assertFinite } from './guards.ts';

/** Settings of {@link cusum}, in the data's units. */
export interface TCusumOptions {
  /** The in-control mean. */
  target: number;
  /** Allowance (slack) in the data's units, usually half the shift to detect, e.g. σ/2. */
  k: number;
  /** Decision interval in the data's units, usually 4σ or 5σ. */
  h: number;
}

/** The two one-sided cumulative sums per point, and where they pass h. */
export interface TCusum {
  /** C⁺ after each point (evidence of a rise); null where the data has no value. */
  upper: (number | null)[];
  /** C⁻ after each point (evidence of a fall), as a positive number; null likewise. */
  lower: (number | null)[];
  /** Points where C⁺ > h ('up') or C⁻ > h ('down'). */
  signals: TChartSignal[];
}

/**
 * Tabular CUSUM (Page 1954; Montgomery, Introduction to Statistical Quality Control §9.1):
 * C⁺ₜ = max(0, xₜ − (target + k) + C⁺ₜ₋₁), C⁻ₜ = max(0, (target − k) − xₜ + C⁻ₜ₋₁), from 0.
 * Accumulates small persistent shifts; a sum above h is a signal. The sums are not reset after
 * a signal, so every point of a lasting shift is marked. A null in the data is skipped (the
 * sums carry over) and is null in the result.
 * @throws RangeError when k < 0, h ≤ 0, or a value is not finite.
 */
export function cusum(data: readonly (number | null)[], options: TCusumOptions): TCusum {
  const { target, k, h } = options;
  assertFinite('target', target);
  if (!(k >= 0 && Number.isFinite(k))) throw new RangeError(`k must be 0 or more, got ${k}`);
  if (!(h > 0 && Number.isFinite(h))) throw new RangeError(`h must be above 0, got ${h}`);
  const result: TCusum = { upper: [], lower: [], signals: [] };
  let upper = 0;
  let lower = 0;
  data.forEach((value, index) => {
    if (value === null) {
      result.upper.push(null);
      result.lower.push(null);
      return;
    }
    assertFinite(`data[${index}]`, value);
    upper = Math.max(0, value - (target + k) + upper);
    lower = Math.max(0, target - k - value + lower);
    result.upper.push(upper);
    result.lower.push(lower);
    if (upper > h) result.signals.push({ index, direction: 'up' });
    if (lower > h) result.signals.push({ index, direction: 'down' });
  });
  return result;
}
