import { z } from 'zod';
import { ZScoreScale, ZSurveyKind, ZSurveyQuestion } from './surveys.ts';

/** The unique link's token: the organisation (26 characters) and a secret (32). */
export const ZSurveyTokenParams = z.object({
  token: z.string().regex(/^[0-9a-z]{58}$/, 'is not a survey link'),
});

/** Only what the person answering needs to see: no ids, no internal names. */
export const ZPublicSurvey = z
  .object({
    organizationName: z.string(),
    greetingName: z.string().nullable().meta({ description: 'The contact’s first name' }),
    kind: ZSurveyKind,
    question: z.string(),
    commentPrompt: z.string().nullable(),
    scale: ZScoreScale,
    questions: z.array(ZSurveyQuestion),
    language: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'PublicSurvey' });

export const ZPublicAnswerRequest = z.object({
  score: z.number().int('must be a whole number'),
  comment: z
    .string()
    .trim()
    .max(5_000, 'must be at most 5,000 characters')
    .transform((value) => value || null)
    .nullable()
    .default(null),
  answers: z
    .record(z.string().max(40), z.union([z.string().trim().max(2_000), z.number().int()]))
    .default({}),
});

export const ZPublicAnswerResult = z
  .object({ thankYouMessage: z.string() })
  .meta({ id: 'PublicAnswerResult' });

export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;
export type TPublicAnswerRequest = z.infer<typeof ZPublicAnswerRequest>;
