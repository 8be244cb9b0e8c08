import { z } from 'zod';
import { ZScoreCell, ZScoreKind } from './score-table.ts';
import { ZWhySentence } from './score-why.ts';

export const ZKeyScore = z.object({
  kind: ZScoreKind,
  label: z.string(),
  unit: z.string(),
  /** The last complete quarter, with its change from the quarter before. */
  latest: ZScoreCell,
  /** The quarters up to it, oldest first. */
  trend: z.array(ZScoreCell),
  /** The newest signal of the weekly control chart (last 13 weeks), if any. */
  signal: z
    .object({
      period: z.string(),
      direction: z.enum(['up', 'down']),
      by: z.enum(['limits', 'ewma']),
    })
    .nullable(),
  verdict: z.string(),
});

export const ZScoreOverview = z
  .object({
    scores: z.array(ZKeyScore),
    why: z
      .object({
        kind: ZScoreKind,
        period1: z.string(),
        period2: z.string(),
        summary: z.array(ZWhySentence),
      })
      .nullable(),
  })
  .meta({ id: 'ScoreOverview' });

export type TKeyScore = z.infer<typeof ZKeyScore>;
export type TScoreOverview = z.infer<typeof ZScoreOverview>;
