import { assertConfidence, assertCount } from './guards.ts';
import { twoSidedZ } from './normal-distribution.ts';
import { findRoot } from './special-functions.ts';

/** Answers to the 0–10 question: promoters 9–10, passives 7–8, detractors 0–6. */
export interface TNpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** How {@link npsInterval} builds the interval. */
export type TNpsIntervalMethod = 'wald' | 'adjusted-wald' | 'score';

/** Settings of {@link npsInterval}. */
export interface TNpsIntervalOptions {
  /** Default 'adjusted-wald', the interval the scores screens show. */
  method?: TNpsIntervalMethod;
  /** Default 0.95. */
  confidence?: number;
}

/** Result of {@link npsInterval}, on the −1…1 scale. */
export interface TNpsInterval {
  /** The observed NPS, (promoters − detractors) / answers, on the −1…1 scale. */
  nps: number;
  /** The point the interval is built around: the adjusted NPS for 'adjusted-wald', else `nps`. */
  centre: number;
  /** Standard error: of the adjusted counts for 'adjusted-wald', of the observed ones otherwise. */
  se: number;
  low: number;
  high: number;
  /** Number of answers. */
  n: number;
}

/** Checks the counts and returns the number of answers; throws a RangeError when it is 0. */
export function countNpsAnswers(counts: TNpsCounts): number {
  assertCount('promoters', counts.promoters);
  assertCount('passives', counts.passives);
  assertCount('detractors', counts.detractors);
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) throw new RangeError('an NPS needs at least one answer; there are none');
  return n;
}

/**
 * Variance of one answer scored +1 / 0 / −1 (Rocks 2016): σ² = p + d − (p − d)², where p and
 * d are the promoter and detractor shares. The SE of an NPS over n answers is √(σ²/n).
 */
export function npsVariance(promoterShare: number, detractorShare: number): number {
  const nps = promoterShare - detractorShare;
  return Math.max(0, promoterShare + detractorShare - nps * nps);
}

const clampNps = (value: number) => Math.min(1, Math.max(-1, value));

function waldFrom(promoters: number, passives: number, detractors: number, z: number) {
  const n = promoters + passives + detractors;
  const centre = (promoters - detractors) / n;
  const se = Math.sqrt(npsVariance(promoters / n, detractors / n) / n);
  return { centre, se, low: clampNps(centre - z * se), high: clampNps(centre + z * se) };
}

/**
 * Detractor share d̃ that maximises the multinomial likelihood when the NPS is held at
 * `delta` (promoter share d̃ + delta). The log-likelihood's slope in d̃ is strictly decreasing,
 * so its zero is found by bisection; with no zero inside, the maximum is at an end.
 */
function constrainedDetractorShare(counts: TNpsCounts, delta: number): number {
  const low = Math.max(0, -delta);
  const high = (1 - delta) / 2;
  if (high - low < 1e-15) return low;
  const { promoters: pr, passives: pa, detractors: de } = counts;
  const slope = (t: number) =>
    (pr > 0 ? pr / (t + delta) : 0) -
    (pa > 0 ? (2 * pa) / (1 - 2 * t - delta) : 0) +
    (de > 0 ? de / t : 0);
  const inset = (high - low) * 1e-12;
  if (slope(low + inset) <= 0) return low;
  if (slope(high - inset) >= 0) return high;
  return findRoot(slope, low + inset, high - inset);
}

/**
 * Rocks (2016) score interval: the NPS values δ that a score test does not reject, i.e.
 * n(NPS − δ)² ≤ z²·σ²(δ), with σ² taken at the likelihood maximum under NPS = δ. Its two ends
 * are found by bisection on either side of the estimate.
 */
function scoreInterval(counts: TNpsCounts, n: number, z: number) {
  const nps = (counts.promoters - counts.detractors) / n;
  const excess = (delta: number) => {
    const d = constrainedDetractorShare(counts, delta);
    return n * (nps - delta) ** 2 - z * z * npsVariance(d + delta, d);
  };
  return {
    low: nps <= -1 ? -1 : findRoot(excess, -1, nps),
    high: nps >= 1 ? 1 : findRoot(excess, nps, 1),
  };
}

/**
 * NPS with a confidence interval, on the −1…1 scale (multiply by 100 for points).
 * - 'wald': NPS ± z·√(σ²/n);
 * - 'adjusted-wald' (default): the Wald interval after adding 0.75 promoters, 1.5 passives and
 *   0.75 detractors (Rocks 2016), which repairs the Wald interval's poor coverage in small
 *   samples; with very few answers its interval may not contain the observed NPS (it always
 *   contains `centre`);
 * - 'score': Rocks' (2016) iterative score interval (R package `NPS`), built around the observed
 *   NPS; also suited to small samples.
 * Ends are kept within −1…1.
 * @throws RangeError when there are no answers, a count is not a whole number ≥ 0, or the
 *   confidence is not between 0 and 1.
 */
export function npsInterval(counts: TNpsCounts, options: TNpsIntervalOptions = {}): TNpsInterval {
  const { method = 'adjusted-wald', confidence = 0.95 } = options;
  assertConfidence(confidence);
  const n = countNpsAnswers(counts);
  const z = twoSidedZ(confidence);
  const { promoters, passives, detractors } = counts;
  const wald = waldFrom(promoters, passives, detractors, z);
  if (method === 'wald') return { nps: wald.centre, n, ...wald };
  if (method === 'score')
    return {
      nps: wald.centre,
      centre: wald.centre,
      se: wald.se,
      n,
      ...scoreInterval(counts, n, z),
    };
  const adjusted = waldFrom(promoters + 0.75, passives + 1.5, detractors + 0.75, z);
  return { nps: wald.centre, n, ...adjusted };
}
