import { z } from 'zod';
import { ZScoreFilters, ZScoreKind } from './score-table.ts';

export const ZScoreControlChartQuery = ZScoreFilters.extend({
  weeks: z.coerce.number().int().min(8).max(104).default(26),
  to: z.iso.date().optional().meta({ description: 'The last week: the one containing this day' }),
});

const ZDirection = z.enum(['up', 'down']);

export const ZControlWeek = z.object({
  period: z.string(),
  start: z.string(),
  n: z.number().int(),
  value: z.number().nullable(),
  centre: z.number(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  signal: ZDirection.nullable().meta({ description: 'Outside the limits for its answers' }),
  ewma: z.number().nullable(),
  ewmaLower: z.number().nullable(),
  ewmaUpper: z.number().nullable(),
  ewmaSignal: ZDirection.nullable().meta({ description: 'A slow drift the EWMA picked up' }),
});

export const ZScoreControlChart = z
  .object({
    kind: ZScoreKind,
    unit: z.string(),
    weeks: z.array(ZControlWeek),
    /** One sentence: what the chart says (a signal, a drift, or noise). */
    verdict: z.string(),
  })
  .meta({ id: 'ScoreControlChart' });

export type TScoreControlChartQuery = z.infer<typeof ZScoreControlChartQuery>;
export type TScoreControlChart = z.infer<typeof ZScoreControlChart>;
export type TControlWeek = z.infer<typeof ZControlWeek>;
