import type {
  TMarketAnalysis,
  TMarketAnalysisPeriod,
  TMarketAnalysisQuery,
  TMarketPeriod,
} from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import {
  estimateScore,
  laggedCorrelations,
  periodsBetween,
  type TLaggedCorrelation,
  type TScoreCounts,
} from '@customeric/domain';
import { eq } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { readScoreCounts } from '../scores/read-score-counts.ts';
import { selectMarketPeriods } from './market-period-query.ts';

const METRICS = [
  {
    metric: 'our_share',
    label: 'Our market share',
    pick: (p: TMarketAnalysisPeriod) => p.ourShare,
  },
  { metric: 'revenue', label: 'Revenue', pick: (p: TMarketAnalysisPeriod) => p.revenue },
  { metric: 'profit', label: 'Profit', pick: (p: TMarketAnalysisPeriod) => p.profit },
] as const;

function alignPeriods(
  query: TMarketAnalysisQuery,
  market: readonly TMarketPeriod[],
  counts: Map<string, TScoreCounts>,
) {
  const first = market[0];
  const last = market.at(-1);
  if (!first || !last) return [];
  const byStart = new Map(market.map((period) => [period.startsOn, period]));
  return periodsBetween(query.grain, first.startsOn, last.startsOn).map(
    (period): TMarketAnalysisPeriod => {
      const figures = byStart.get(period.start);
      const estimate = estimateScore(
        query.kind,
        counts.get(period.start) ?? {
          n: 0,
          promoters: 0,
          passives: 0,
          detractors: 0,
          top2: 0,
          sum: 0,
          sumsq: 0,
        },
      );
      return {
        period: period.label,
        start: period.start,
        score: estimate
          ? {
              value: estimate.value,
              low: estimate.low,
              high: estimate.high,
              n: estimate.n,
              smallSample: estimate.smallSample,
            }
          : null,
        marketSize: figures?.marketSize ?? null,
        ourShare: figures?.ourShare ?? null,
        revenue: figures?.revenue ?? null,
        profit: figures?.profit ?? null,
        competitors: figures?.competitors ?? [],
      };
    },
  );
}

function overallVerdict(
  periods: readonly TMarketAnalysisPeriod[],
  tables: readonly TLaggedCorrelation[][],
): string {
  const all = tables.flat();
  const withScores = periods.filter((p) => p.score !== null).length;
  if (periods.length === 0)
    return 'No market figures yet: enter them, import a CSV file or send them by API, one row per month, quarter or year.';
  if (all.every((c) => c.verdict === 'too_few_periods'))
    return `Too few periods to conclude: ${periods.length} periods (${withScores} with customer scores) give at most ${Math.max(0, withScores - 1)} period-to-period changes, and changes that follow each other count as fewer still. Read the charts side by side; a correlation needs roughly ten or more periods before it can tell a relation from chance.`;
  const found = all.filter((c) => c.verdict === 'positive' || c.verdict === 'negative').length;
  const tested = all.filter((c) => c.verdict !== 'too_few_periods').length;
  const chance = (tested * 0.05).toFixed(1);
  if (found === 0)
    return `None of the ${tested} correlations tested can be told apart from chance: over these periods the score's changes do not show in the market figures.`;
  return `${found} of ${tested} correlations stand out from chance at the 5 % level; with ${tested} tested, about ${chance} would by chance alone, so read them as leads to check, and a correlation is not a cause.`;
}

/**
 * Customer scores against market share, revenue and profit, period by period, with lagged
 * correlations of their period-to-period changes, each with its Fisher interval on the
 * effective number of periods, and a verdict that says plainly when there are too few.
 */
export async function getMarketAnalysis(
  context: TServiceContext,
  query: TMarketAnalysisQuery,
): Promise<TMarketAnalysis> {
  const { market, counts } = await withTenant(context.database, context.actor.orgId, async (tx) => {
    const market = await selectMarketPeriods(tx, eq(schema.marketPeriods.grain, query.grain));
    const first = market[0];
    const last = market.at(-1);
    if (!first || !last) return { market, counts: new Map<string, TScoreCounts>() };
    const end = periodsBetween(query.grain, last.startsOn, last.startsOn)[0]?.end ?? last.startsOn;
    const rows = await readScoreCounts(tx, {
      orgId: context.actor.orgId,
      kind: query.kind,
      grain: query.grain,
      from: first.startsOn,
      to: end,
      filters: { kind: query.kind },
    });
    return { market, counts: new Map(rows.map((row) => [row.start, row.counts])) };
  });
  const periods = alignPeriods(query, market, counts);
  const scores = periods.map((period) => period.score?.value ?? null);
  const correlations = METRICS.map(({ metric, label, pick }) => ({
    metric,
    label,
    lags: laggedCorrelations(scores, periods.map(pick), query.maxLag),
  }));
  return {
    grain: query.grain,
    kind: query.kind,
    periods,
    correlations,
    verdict: overallVerdict(
      periods,
      correlations.map((c) => c.lags),
    ),
  };
}
