import { describeTermProblem } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZAnswerId } from './answers.ts';
import { ZLanguageTag, ZSurveyKind } from './surveys.ts';

const ZTerm = z
  .string()
  .trim()
  .superRefine((term, context) => {
    const problem = describeTermProblem(term);
    if (problem) context.addIssue({ code: 'custom', message: `“${term}” ${problem}` });
  });

export const ZThemeRule = z
  .object({
    language: ZLanguageTag.nullable().meta({ description: 'null: comments in any language' }),
    terms: z
      .array(ZTerm)
      .min(1, 'give at least one keyword or phrase')
      .max(200, 'give at most 200 keywords and phrases'),
  })
  .meta({
    description:
      'Keywords and phrases, matched as whole words whatever the case and accents; a trailing * matches any ending',
  });

export const ZThemeExample = z.object({
  answerId: ZAnswerId,
  kind: ZSurveyKind,
  score: z.number().int(),
  comment: z.string(),
  language: z.string().nullable(),
  answeredAt: z.string(),
  customerName: z.string().nullable(),
});

export const ZTheme = z
  .object({
    id: ZId('thm'),
    name: z.string(),
    description: z.string().nullable(),
    rules: z.array(ZThemeRule),
    answerCount: z.number().int().meta({ description: 'Answers that have the theme' }),
    byHand: z.number().int().meta({ description: 'Of those, tagged by a person' }),
    npsCount: z.number().int().meta({ description: 'NPS answers that have the theme' }),
    detractorCount: z.number().int().meta({ description: 'Of those, detractors (0–6)' }),
    examples: z.array(ZThemeExample).meta({ description: 'The latest answers with the theme' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'Theme' });

const themeFields = {
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  description: z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .transform((value) => value || null)
    .nullable(),
  rules: z.array(ZThemeRule).max(20, 'give at most 20 rules'),
};

export const ZCreateThemeRequest = z.object({
  ...themeFields,
  description: themeFields.description.default(null),
  rules: themeFields.rules.default([]),
});

export const ZUpdateThemeRequest = z
  .object(themeFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change');

export const ZThemeParams = z.object({ themeId: ZId('thm') });

export const ZThemeList = z.object({ items: z.array(ZTheme) });

export const ZThemePreviewRequest = z.object({
  rules: z.array(ZThemeRule).max(20),
  sample: z
    .number()
    .int()
    .min(1)
    .max(2_000)
    .default(500)
    .meta({ description: 'How many of the latest comments to try the rules on' }),
});

export const ZThemePreview = z
  .object({
    scanned: z.number().int(),
    matched: z.number().int(),
    examples: z.array(
      ZThemeExample.extend({
        highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
      }),
    ),
  })
  .meta({ id: 'ThemePreview' });

export const ZThemeRerunResult = z
  .object({
    themes: z.number().int(),
    scanned: z.number().int().meta({ description: 'Answers with a comment that were read' }),
    tagged: z.number().int().meta({ description: 'Theme tags by rule after the run' }),
  })
  .meta({ id: 'ThemeRerunResult' });

export type TThemeRule = z.infer<typeof ZThemeRule>;
export type TTheme = z.infer<typeof ZTheme>;
export type TThemeExample = z.infer<typeof ZThemeExample>;
export type TCreateThemeRequest = z.infer<typeof ZCreateThemeRequest>;
export type TUpdateThemeRequest = z.infer<typeof ZUpdateThemeRequest>;
export type TThemePreviewRequest = z.infer<typeof ZThemePreviewRequest>;
export type TThemePreview = z.infer<typeof ZThemePreview>;
export type TThemeRerunResult = z.infer<typeof ZThemeRerunResult>;
