import { twoSidedNormalPValue } from './normal-distribution.ts';
import { npsChange } from './nps-change.ts';
import { npsInterval } from './nps-interval.ts';
import { newcombeDifference, wilsonInterval } from './proportion-intervals.ts';
import { studentTCdf, studentTQuantile } from './student-t-distribution.ts';

/**
 * The three customer scores as reported: NPS in points (−100…100, adjusted Wald interval,
 * Rocks 2016), CSAT as the top-2-box percentage (4 or 5 of 5, Wilson interval) and CES as the
 * mean of 1–7 (Student's t interval). Every estimate carries its number of answers and a
 * small-sample mark; nothing is hidden for being small.
 */
export const SCORE_KINDS = ['nps', 'csat', 'ces'] as const;
export type TScoreKind = (typeof SCORE_KINDS)[number];

export const SCORE_KIND_UNITS: Record<
  TScoreKind,
  { label: string; unit: string; min: number; max: number }
> = {
  nps: { label: 'NPS', unit: 'points', min: -100, max: 100 },
  csat: { label: 'CSAT (top-2-box)', unit: '%', min: 0, max: 100 },
  ces: { label: 'CES (mean of 1–7)', unit: 'of 7', min: 1, max: 7 },
};

/** Below this many answers an interval is wide and its coverage less sure: marked, not hidden. */
export const SMALL_SAMPLE_ANSWERS = 30;

/** What the stored counts hold for a set of answers (see score_counts). */
export interface TScoreCounts {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** Top two boxes of the scale: NPS 9–10, CSAT 4–5, CES 6–7. */
  top2: number;
  sum: number;
  sumsq: number;
}

export interface TScoreEstimate {
  value: number;
  low: number;
  high: number;
  n: number;
  smallSample: boolean;
}

export interface TScoreChange {
  /** Second minus first, in the score's unit. */
  delta: number;
  low: number;
  high: number;
  pValue: number;
}

export const EMPTY_SCORE_COUNTS: TScoreCounts = {
  n: 0,
  promoters: 0,
  passives: 0,
  detractors: 0,
  top2: 0,
  sum: 0,
  sumsq: 0,
};

export function addScoreCounts(a: TScoreCounts, b: TScoreCounts): TScoreCounts {
  return {
    n: a.n + b.n,
    promoters: a.promoters + b.promoters,
    passives: a.passives + b.passives,
    detractors: a.detractors + b.detractors,
    top2: a.top2 + b.top2,
    sum: a.sum + b.sum,
    sumsq: a.sumsq + b.sumsq,
  };
}

function meanAndVariance(counts: TScoreCounts): { mean: number; variance: number } {
  const mean = counts.sum / counts.n;
  const variance =
    counts.n > 1 ? Math.max(0, (counts.sumsq - counts.n * mean * mean) / (counts.n - 1)) : 0;
  return { mean, variance };
}

function cesInterval(counts: TScoreCounts, confidence: number) {
  const { mean, variance } = meanAndVariance(counts);
  const { min, max } = SCORE_KIND_UNITS.ces;
  // One answer says nothing about the spread: the interval is the whole scale.
  if (counts.n < 2) return { value: mean, low: min, high: max };
  const t = studentTQuantile(1 - (1 - confidence) / 2, counts.n - 1);
  const half = t * Math.sqrt(variance / counts.n);
  return { value: mean, low: Math.max(min, mean - half), high: Math.min(max, mean + half) };
}

/** The score of a set of answers with its interval; null when there are no answers. */
export function estimateScore(
  kind: TScoreKind,
  counts: TScoreCounts,
  confidence = 0.95,
): TScoreEstimate | null {
  const { n } = counts;
  if (n === 0) return null;
  const smallSample = n < SMALL_SAMPLE_ANSWERS;
  if (kind === 'nps') {
    const estimate = npsInterval(counts, { method: 'adjusted-wald', confidence });
    const [value, low, high] = [estimate.nps, estimate.low, estimate.high].map((v) => v * 100);
    return { value: value as number, low: low as number, high: high as number, n, smallSample };
  }
  if (kind === 'csat') {
    const { low, high } = wilsonInterval(counts.top2, n, confidence);
    return { value: (100 * counts.top2) / n, low: low * 100, high: high * 100, n, smallSample };
  }
  return { ...cesInterval(counts, confidence), n, smallSample };
}

function proportionChange(first: TScoreCounts, second: TScoreCounts, confidence: number) {
  const p1 = first.top2 / first.n;
  const p2 = second.top2 / second.n;
  const { low, high } = newcombeDifference(second.top2, second.n, first.top2, first.n, confidence);
  const pooled = (first.top2 + second.top2) / (first.n + second.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / first.n + 1 / second.n));
  const delta = p2 - p1;
  const pValue = se > 0 ? twoSidedNormalPValue(delta / se) : delta === 0 ? 1 : 0;
  return { delta: delta * 100, low: low * 100, high: high * 100, pValue };
}

/** Welch's unequal-variance comparison of two means. */
function meanChange(first: TScoreCounts, second: TScoreCounts, confidence: number) {
  const a = meanAndVariance(first);
  const b = meanAndVariance(second);
  const delta = b.mean - a.mean;
  const va = a.variance / first.n;
  const vb = b.variance / second.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { delta, low: delta, high: delta, pValue: delta === 0 ? 1 : 0 };
  const df = (va + vb) ** 2 / (va ** 2 / (first.n - 1) + vb ** 2 / (second.n - 1));
  const t = studentTQuantile(1 - (1 - confidence) / 2, df);
  const pValue = 2 * (1 - studentTCdf(Math.abs(delta / se), df));
  return { delta, low: delta - t * se, high: delta + t * se, pValue };
}

/**
 * The change from the first set of answers to the second (independent answers) with its
 * interval and two-sided p-value: NPS by Rocks' variance, CSAT by Newcombe's hybrid score
 * interval and a pooled z-test, CES by Welch's t. Null when either side cannot be estimated.
 */
export function compareScores(
  kind: TScoreKind,
  first: TScoreCounts,
  second: TScoreCounts,
  confidence = 0.95,
): TScoreChange | null {
  if (first.n === 0 || second.n === 0) return null;
  if (kind === 'nps') {
    const change = npsChange(first, second, confidence);
    return {
      delta: change.delta * 100,
      low: change.low * 100,
      high: change.high * 100,
      pValue: change.pValue,
    };
  }
  if (kind === 'csat') return proportionChange(first, second, confidence);
  if (first.n < 2 || second.n < 2) return null;
  return meanChange(first, second, confidence);
}
