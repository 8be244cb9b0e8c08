import { SCORE_GRAINS, SCORE_KINDS } from '@customeric/domain';
import { z } from 'zod';

export const ZScoreKind = z.enum(SCORE_KINDS).meta({
  description: 'nps: points −100…100; csat: top-2-box %; ces: mean of 1–7',
});
export const ZScoreGrain = z.enum(SCORE_GRAINS).meta({
  description: 'ISO weeks, calendar months, quarters or years (UTC)',
});
export const SCORE_DIMENSIONS = [
  'department',
  'stage',
  'value_chain',
  'segment',
  'relationship_level',
] as const;
export const ZScoreDimension = z.enum(SCORE_DIMENSIONS);

const ZDay = z.iso.date().meta({ description: 'A date, 2026-03-01' });

/** Filters shared by every score read: one value per dimension ('none' for answers without). */
export const ZScoreFilters = z.object({
  kind: ZScoreKind.default('nps'),
  department: z.string().trim().min(1).max(100).optional(),
  stage: z.string().trim().min(1).max(100).optional(),
  valueChain: z.string().trim().min(1).max(100).optional(),
  segment: z.string().trim().min(1).max(100).optional(),
  relationshipLevel: z.string().trim().min(1).max(100).optional(),
});

export const ZScoreTableQuery = ZScoreFilters.extend({
  grain: ZScoreGrain.default('quarter'),
  by: ZScoreDimension.optional().meta({ description: 'Split each period by this dimension' }),
  from: ZDay.optional().meta({ description: 'First period: the one containing this day' }),
  to: ZDay.optional().meta({
    description: 'Last period: the one containing this day (default today)',
  }),
});

export const ZScoreChange = z.object({
  delta: z.number(),
  low: z.number(),
  high: z.number(),
  pValue: z.number(),
  /** The interval leaves out 0: a real change at the 95 % level. */
  real: z.boolean(),
});

export const ZScoreCell = z.object({
  period: z.string().meta({ description: 'Label: 2026-W07, 2026-02, 2026-Q1 or 2026' }),
  start: z.string(),
  n: z.number().int(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  smallSample: z
    .boolean()
    .meta({ description: 'Fewer than 30 answers: shown, but read with care' }),
  promoters: z.number().int().nullable(),
  passives: z.number().int().nullable(),
  detractors: z.number().int().nullable(),
  change: ZScoreChange.nullable().meta({ description: 'Against the period before' }),
});

export const ZScoreSeries = z.object({
  key: z
    .string()
    .nullable()
    .meta({ description: 'The dimension value; null: answers without one' }),
  label: z.string(),
  cells: z.array(ZScoreCell),
});

export const ZScoreTable = z
  .object({
    kind: ZScoreKind,
    grain: ZScoreGrain,
    by: ZScoreDimension.nullable(),
    unit: z.string(),
    smallSampleBelow: z.number().int(),
    periods: z.array(z.object({ label: z.string(), start: z.string(), end: z.string() })),
    total: ZScoreSeries,
    groups: z.array(ZScoreSeries),
  })
  .meta({ id: 'ScoreTable' });

export type TScoreTableQuery = z.infer<typeof ZScoreTableQuery>;
export type TScoreFilters = z.infer<typeof ZScoreFilters>;
export type TScoreCell = z.infer<typeof ZScoreCell>;
export type TScoreSeries = z.infer<typeof ZScoreSeries>;
export type TScoreTable = z.infer<typeof ZScoreTable>;
export type TScoreDimension = z.infer<typeof ZScoreDimension>;
