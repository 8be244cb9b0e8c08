import { ewmaChart } from './ewma-chart.ts';
import { npsControlLimits } from './nps-control-limits.ts';
import type { TScoreCounts, TScoreKind } from './score-estimates.ts';
import { scoreValue } from './why-mix.ts';

/**
 * Weekly control charts of a score, so that nobody celebrates noise. Shewhart limits follow
 * each week's number of answers (NPS: Rocks' variance; CSAT: a p-chart; CES: an x̄-chart with
 * the pooled within-week spread), centred on the pooled score of the weeks shown. An EWMA
 * (λ = 0.2, 3σ) finds slow drifts that no single week shows; its σ is that of a week with the
 * typical number of answers (σ·√mean(1/nᵢ)), an approximation where weekly answers vary a lot.
 */
export interface TControlPoint {
  n: number;
  value: number | null;
  centre: number;
  lower: number | null;
  upper: number | null;
  signal: 'up' | 'down' | null;
  ewma: number | null;
  ewmaLower: number | null;
  ewmaUpper: number | null;
  ewmaSignal: 'up' | 'down' | null;
}

const EWMA_LAMBDA = 0.2;
const LIMIT_SIGMAS = 3;
const SCALE: Record<TScoreKind, { min: number; max: number; factor: number }> = {
  nps: { min: -100, max: 100, factor: 100 },
  csat: { min: 0, max: 100, factor: 100 },
  ces: { min: 1, max: 7, factor: 1 },
};

function sumCounts(weeks: readonly TScoreCounts[]) {
  return weeks.reduce(
    (sum, week) => ({
      n: sum.n + week.n,
      promoters: sum.promoters + week.promoters,
      detractors: sum.detractors + week.detractors,
      top2: sum.top2 + week.top2,
      sum: sum.sum + week.sum,
      within: sum.within + (week.n > 0 ? week.sumsq - (week.sum * week.sum) / week.n : 0),
      weeks: sum.weeks + (week.n > 0 ? 1 : 0),
    }),
    { n: 0, promoters: 0, detractors: 0, top2: 0, sum: 0, within: 0, weeks: 0 },
  );
}

/** Standard deviation of one answer, in the chart's unit. */
function answerSigma(kind: TScoreKind, weeks: readonly TScoreCounts[]): number {
  const total = sumCounts(weeks);
  if (kind === 'nps') {
    const p = total.promoters / total.n;
    const d = total.detractors / total.n;
    return 100 * Math.sqrt(p + d - (p - d) ** 2);
  }
  if (kind === 'csat') {
    const p = total.top2 / total.n;
    return 100 * Math.sqrt(p * (1 - p));
  }
  const freedom = total.n - total.weeks;
  return freedom > 0 ? Math.sqrt(Math.max(0, total.within) / freedom) : 0;
}

function shewhart(kind: TScoreKind, weeks: readonly TScoreCounts[], centre: number, sigma: number) {
  if (kind === 'nps')
    return npsControlLimits(weeks, { sigmaMultiplier: LIMIT_SIGMAS }).map((point) => ({
      lower: point.lower === null ? null : point.lower * 100,
      upper: point.upper === null ? null : point.upper * 100,
      signal: point.signal,
    }));
  const { min, max } = SCALE[kind];
  return weeks.map((week) => {
    if (week.n === 0) return { lower: null, upper: null, signal: null };
    const half = (LIMIT_SIGMAS * sigma) / Math.sqrt(week.n);
    const lower = Math.max(min, centre - half);
    const upper = Math.min(max, centre + half);
    const value = scoreValue(kind, week) as number;
    const signal: 'up' | 'down' | null = value > upper ? 'up' : value < lower ? 'down' : null;
    return { lower, upper, signal };
  });
}

/** The chart of consecutive weeks (oldest first); null when no week has an answer. */
export function scoreControlChart(
  kind: TScoreKind,
  weeks: readonly TScoreCounts[],
): TControlPoint[] | null {
  const total = sumCounts(weeks);
  if (total.n === 0) return null;
  const centre = scoreValue(kind, { ...total, passives: 0, sumsq: 0 }) as number;
  const sigma = answerSigma(kind, weeks);
  const limits = shewhart(kind, weeks, centre, sigma);
  const answered = weeks.filter((week) => week.n > 0);
  const meanInverseN = answered.reduce((sum, week) => sum + 1 / week.n, 0) / answered.length;
  const values = weeks.map((week) => scoreValue(kind, week));
  const ewma =
    sigma > 0
      ? ewmaChart(values, {
          target: centre,
          sigma: sigma * Math.sqrt(meanInverseN),
          lambda: EWMA_LAMBDA,
          L: LIMIT_SIGMAS,
        })
      : null;
  const ewmaSignals = new Map(
    ewma?.signals.map((signal) => [signal.index, signal.direction]) ?? [],
  );
  return weeks.map((week, index) => ({
    n: week.n,
    value: values[index] ?? null,
    centre,
    ...(limits[index] ?? { lower: null, upper: null, signal: null }),
    ewma: ewma?.ewma[index] ?? null,
    ewmaLower: ewma?.lower[index] ?? null,
    ewmaUpper: ewma?.upper[index] ?? null,
    ewmaSignal: ewmaSignals.get(index) ?? null,
  }));
}
