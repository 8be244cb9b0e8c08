import { z } from 'zod';
import { ZScoreKind } from '../scores/score-table.ts';
import { ZMarketGrain } from './market-periods.ts';

export const MARKET_METRICS = ['our_share', 'revenue', 'profit'] as const;

export const ZMarketAnalysisQuery = z.object({
  grain: ZMarketGrain.default('quarter'),
  kind: ZScoreKind.default('nps'),
  maxLag: z.coerce.number().int().min(0).max(4).default(2),
});

export const ZLaggedCorrelation = z.object({
  lag: z
    .number()
    .int()
    .meta({ description: 'The market figure is taken this many periods after the score' }),
  n: z.number().int().meta({ description: 'Pairs of period-to-period changes' }),
  r: z.number().nullable(),
  effectiveN: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  criticalR: z.number().nullable(),
  verdict: z.enum(['too_few_periods', 'no_evidence', 'positive', 'negative']),
  explanation: z.string(),
});

export const ZMarketAnalysisPeriod = z.object({
  period: z.string(),
  start: z.string(),
  score: z
    .object({
      value: z.number(),
      low: z.number(),
      high: z.number(),
      n: z.number().int(),
      smallSample: z.boolean(),
    })
    .nullable(),
  marketSize: z.number().nullable(),
  ourShare: z.number().nullable(),
  revenue: z.number().nullable(),
  profit: z.number().nullable(),
  competitors: z.array(z.object({ competitorId: z.string(), name: z.string(), share: z.number() })),
});

export const ZMarketAnalysis = z
  .object({
    grain: ZMarketGrain,
    kind: ZScoreKind,
    periods: z.array(ZMarketAnalysisPeriod),
    correlations: z.array(
      z.object({
        metric: z.enum(MARKET_METRICS),
        label: z.string(),
        lags: z.array(ZLaggedCorrelation),
      }),
    ),
    /** One paragraph: what may and may not be concluded from these periods. */
    verdict: z.string(),
  })
  .meta({ id: 'MarketAnalysis' });

export type TMarketAnalysisQuery = z.infer<typeof ZMarketAnalysisQuery>;
export type TMarketAnalysis = z.infer<typeof ZMarketAnalysis>;
export type TMarketAnalysisPeriod = z.infer<typeof ZMarketAnalysisPeriod>;
