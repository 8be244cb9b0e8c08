import { z } from 'zod';
import { ZId } from '../common/ids.ts';

export const MARKET_GRAINS = ['month', 'quarter', 'year'] as const;
export const ZMarketGrain = z.enum(MARKET_GRAINS);

export const ZMarketPeriodLabel = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?$/,
    'must be a month (2026-03), a quarter (2026-Q1) or a year (2026)',
  )
  .meta({ description: 'A month (2026-03), a quarter (2026-Q1) or a year (2026)' });

const ZShare = z
  .number()
  .min(0)
  .max(1)
  .meta({ description: 'A share of the market, 0…1 (0.235 is 23.5 %)' });
const ZMoney = z.number().min(-1e17).max(1e17);

export const ZCompetitorShare = z.object({
  competitorId: ZId('cmp'),
  name: z.string(),
  share: ZShare,
});

export const ZMarketPeriod = z
  .object({
    id: ZId('mkp'),
    period: z.string(),
    grain: ZMarketGrain,
    startsOn: z.string(),
    marketSize: z.number().nullable(),
    ourShare: z.number().nullable(),
    revenue: z.number().nullable(),
    profit: z.number().nullable(),
    currency: z.string().nullable(),
    note: z.string().nullable(),
    source: z.enum(['entered', 'import', 'api']),
    competitors: z.array(ZCompetitorShare),
    updatedAt: z.string(),
  })
  .meta({ id: 'MarketPeriod' });

/** The figures of one period; a figure left out is unknown (null). */
export const ZMarketFigures = z.object({
  marketSize: z.number().min(0).max(1e17).nullable().default(null),
  ourShare: ZShare.nullable().default(null),
  revenue: ZMoney.nullable().default(null),
  profit: ZMoney.nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a currency code like EUR')
    .nullable()
    .default(null),
  note: z.string().trim().min(1).max(2000).nullable().default(null),
  competitorShares: z
    .array(z.object({ competitorId: ZId('cmp'), share: ZShare }))
    .max(50)
    .default([]),
});

export const ZMarketPeriodParams = z.object({ period: ZMarketPeriodLabel });

export const ZMarketPeriodBatchRequest = z.object({
  periods: z
    .array(ZMarketFigures.extend({ period: ZMarketPeriodLabel }))
    .min(1)
    .max(200),
});

export const ZMarketPeriodList = z.object({ items: z.array(ZMarketPeriod) });
export const ZMarketPeriodListQuery = z.object({ grain: ZMarketGrain.optional() });

export const ZMarketImportResult = z
  .object({
    rows: z.number().int(),
    saved: z.number().int(),
    competitorsCreated: z
      .array(z.string())
      .meta({ description: 'Names of competitors the file added' }),
  })
  .meta({ id: 'MarketImportResult' });

export type TMarketPeriod = z.infer<typeof ZMarketPeriod>;
export type TMarketFigures = z.infer<typeof ZMarketFigures>;
export type TMarketFiguresInput = z.input<typeof ZMarketFigures>;
export type TMarketPeriodBatchRequest = z.infer<typeof ZMarketPeriodBatchRequest>;
export type TMarketImportResult = z.infer<typeof ZMarketImportResult>;
