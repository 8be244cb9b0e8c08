import { assertCount } from './guards.ts';
import { npsVariance, type TNpsCounts } from './nps-interval.ts';

/** Settings of {@link npsControlLimits}. */
export interface TNpsControlOptions {
  /** Width of the limits in standard errors; default 3 (Shewhart). */
  sigmaMultiplier?: number;
}

/** One week of the NPS control chart. */
export interface TNpsControlPoint {
  /** Answers that week. */
  n: number;
  /** That week's NPS (−1…1); null in a week without answers. */
  nps: number | null;
  /** The pooled NPS of all weeks. */
  centre: number;
  /** Limits for that week's sample size, kept within −1…1; null without answers. */
  lower: number | null;
  upper: number | null;
  /** 'up' above the upper limit, 'down' below the lower one, else null. */
  signal: 'up' | 'down' | null;
}

/**
 * Control chart of a weekly NPS whose limits follow each week's number of answers, like a
 * p-chart: centre = pooled NPS over all weeks, σ per answer = √(p̄ + d̄ − (p̄ − d̄)²) from the
 * pooled promoter and detractor shares, limits centre ± k·σ/√nᵢ. A week outside its limits is
 * a signal (something changed); a week inside is noise, however far it moved.
 * @throws RangeError when no week has an answer or a count is not a whole number ≥ 0.
 */
export function npsControlLimits(
  weeks: readonly TNpsCounts[],
  options: TNpsControlOptions = {},
): TNpsControlPoint[] {
  const { sigmaMultiplier = 3 } = options;
  if (!(sigmaMultiplier > 0))
    throw new RangeError(`sigmaMultiplier must be above 0, got ${sigmaMultiplier}`);
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  weeks.forEach((week, index) => {
    assertCount(`weeks[${index}].promoters`, week.promoters);
    assertCount(`weeks[${index}].passives`, week.passives);
    assertCount(`weeks[${index}].detractors`, week.detractors);
    promoters += week.promoters;
    detractors += week.detractors;
    answers += week.promoters + week.passives + week.detractors;
  });
  if (answers === 0)
    throw new RangeError('a control chart needs at least one answer; there are none');
  const centre = (promoters - detractors) / answers;
  const sigma = Math.sqrt(npsVariance(promoters / answers, detractors / answers));
  return weeks.map((week) => {
    const n = week.promoters + week.passives + week.detractors;
    if (n === 0) return { n, nps: null, centre, lower: null, upper: null, signal: null };
    const nps = (week.promoters - week.detractors) / n;
    const halfWidth = (sigmaMultiplier * sigma) / Math.sqrt(n);
    const lower = Math.max(-1, centre - halfWidth);
    const upper = Math.min(1, centre + halfWidth);
    let signal: TNpsControlPoint['signal'] = null;
    if (nps > upper) signal = 'up';
    else if (nps < lower) signal = 'down';
    return { n, nps, centre, lower, upper, signal };
  });
}
