import { z } from 'zod';
import { ZScoreChange, ZScoreFilters, ZScoreGrain, ZScoreKind } from './score-table.ts';

const ZPeriodLabel = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(W\d{2}|Q[1-4]|\d{2}))?$/,
    'must be a period like 2026-Q1, 2026-03, 2026-W07 or 2026',
  )
  .meta({ description: 'A period label: 2026-Q1, 2026-03, 2026-W07 or 2026' });

export const ZScoreWhyQuery = ZScoreFilters.extend({
  period1: ZPeriodLabel.optional().meta({
    description: 'The earlier period (default: the one before period2)',
  }),
  period2: ZPeriodLabel.optional().meta({
    description: 'The later period (default: the last complete period of the grain)',
  }),
  grain: ZScoreGrain.default('quarter').meta({ description: 'Grain of the default periods' }),
  windowDays: z.coerce.number().int().min(7).max(365).default(90).meta({
    description:
      'Promises broken and cases opened this many days before an answer count as its drivers',
  }),
});

/** Where a reason's evidence is: a list of another module, with the filters to open it at. */
export const ZEvidenceLink = z.object({
  kind: z.enum(['answers', 'breaches', 'cases']),
  label: z.string(),
  query: z.record(z.string(), z.string()),
});

const ZWhyPeriod = z.object({ label: z.string(), start: z.string(), end: z.string() });

export const ZWhySentence = z.object({
  about: z.enum(['change', 'segment', 'driver']),
  text: z.string(),
  evidence: z.array(ZEvidenceLink),
});

export const ZWhySegment = z.object({
  key: z.string().nullable(),
  label: z.string(),
  n1: z.number().int(),
  n2: z.number().int(),
  share1: z.number(),
  share2: z.number(),
  value1: z.number().nullable(),
  value2: z.number().nullable(),
  mix: z.number(),
  rate: z.number(),
  total: z.number(),
  change: ZScoreChange.nullable().meta({ description: 'The segment’s own change' }),
});

export const ZWhyDriver = z.object({
  key: z.string().meta({ description: 'promise:<id>, theme:<id> or case:<feature>' }),
  kind: z.enum(['promise', 'theme', 'case']),
  label: z.string(),
  answers: z.number().int().meta({ description: 'Answers with the driver, both periods' }),
  prevalence1: z.number(),
  prevalence2: z.number(),
  unhappyWith: z.number(),
  unhappyWithout: z.number(),
  lift: z.number().meta({ description: 'Percentage points more (less) likely to be unhappy' }),
  liftLow: z.number(),
  liftHigh: z.number(),
  valueWithout2: z
    .number()
    .nullable()
    .meta({ description: 'The score of period 2 without these answers' }),
  contribution: z
    .number()
    .meta({ description: 'Part of the change from the driver becoming more or less common' }),
  relativeWeight: z.number().nullable(),
  relativeWeightPercent: z.number().nullable(),
  lmg: z.number().nullable(),
  segmentPrevalence1: z.number().nullable(),
  segmentPrevalence2: z.number().nullable(),
  evidence: z.array(ZEvidenceLink),
});

export const ZScoreWhy = z
  .object({
    kind: ZScoreKind,
    unit: z.string(),
    unhappy: z
      .string()
      .meta({ description: 'Who counts as unhappy: detractors, CSAT 1–3, CES 1–3' }),
    period1: ZWhyPeriod,
    period2: ZWhyPeriod,
    windowDays: z.number().int(),
    n1: z.number().int(),
    n2: z.number().int(),
    value1: z.number().nullable(),
    value2: z.number().nullable(),
    change: ZScoreChange.nullable(),
    summary: z.array(ZWhySentence),
    topSegment: z.string().nullable(),
    mix: z
      .object({
        total: z.number(),
        mix: z.number(),
        rate: z.number(),
        segments: z.array(ZWhySegment),
      })
      .nullable(),
    factors: z
      .array(
        z.object({
          factor: z.enum(['segment', 'stage', 'department', 'rate']),
          label: z.string(),
          effect: z.number(),
        }),
      )
      .nullable(),
    drivers: z.object({ r2: z.number(), items: z.array(ZWhyDriver) }),
  })
  .meta({ id: 'ScoreWhy' });

export type TScoreWhyQuery = z.infer<typeof ZScoreWhyQuery>;
export type TScoreWhy = z.infer<typeof ZScoreWhy>;
export type TWhyDriver = z.infer<typeof ZWhyDriver>;
export type TEvidenceLink = z.infer<typeof ZEvidenceLink>;
export type TWhySentenceView = z.infer<typeof ZWhySentence>;
