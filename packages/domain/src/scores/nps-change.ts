import { assertConfidence } from './guards.ts';
import { twoSidedNormalPValue, twoSidedZ } from './normal-distribution.ts';
import { countNpsAnswers, npsVariance, type TNpsCounts } from './nps-interval.ts';

/** Result of {@link npsChange}, on the −1…1 scale. */
export interface TNpsChange {
  /** NPS of the second period minus NPS of the first, on the −1…1 scale. */
  delta: number;
  se: number;
  low: number;
  high: number;
  /**
   * Two-sided p-value of "no change". When neither period varies (SE 0, e.g. all promoters
   * both times) it is 1 for no change and 0 for a change.
   */
  pValue: number;
}

/**
 * Change of NPS between two independent periods (different answers): SE_Δ = √(σ₁²/n₁ +
 * σ₂²/n₂) with σ² the per-answer variance of each period (Rocks 2016), a Wald interval
 * Δ ± z·SE_Δ kept within −2…2, and the two-sided normal p-value.
 * @throws RangeError when a period has no answers or the confidence is not between 0 and 1.
 */
export function npsChange(counts1: TNpsCounts, counts2: TNpsCounts, confidence = 0.95): TNpsChange {
  assertConfidence(confidence);
  const n1 = countNpsAnswers(counts1);
  const n2 = countNpsAnswers(counts2);
  const p1 = counts1.promoters / n1;
  const d1 = counts1.detractors / n1;
  const p2 = counts2.promoters / n2;
  const d2 = counts2.detractors / n2;
  const delta = p2 - d2 - (p1 - d1);
  const se = Math.sqrt(npsVariance(p1, d1) / n1 + npsVariance(p2, d2) / n2);
  const z = twoSidedZ(confidence);
  let pValue = 1;
  if (se > 0) pValue = twoSidedNormalPValue(delta / se);
  else if (delta !== 0) pValue = 0;
  return {
    delta,
    se,
    low: Math.max(-2, delta - z * se),
    high: Math.min(2, delta + z * se),
    pValue,
  };
}
