import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZProblemFieldError } from '../common/problem.ts';
import { ZQueryBoolean } from '../common/sort.ts';
import { ZRejectedRow } from '../events/ingest.ts';
import { ZSurveyKind } from './surveys.ts';

/** Answer ids are `ans_` and a number: a bigint identity, time-ordered like events'. */
export const ZAnswerId = z
  .string()
  .regex(/^ans_[1-9][0-9]{0,18}$/, 'must be an answer id like ans_123');

export const ZNpsGroup = z.enum(['promoter', 'passive', 'detractor']);

export const ZAnswerTheme = z.object({
  id: ZId('thm'),
  name: z.string(),
  origin: z.enum(['rule', 'hand']),
});

export const ZAnswer = z
  .object({
    id: ZAnswerId,
    surveyId: ZId('srv'),
    surveyName: z.string().nullable(),
    kind: ZSurveyKind,
    score: z.number().int(),
    npsGroup: ZNpsGroup.nullable().meta({ description: 'For NPS answers only' }),
    answeredAt: z.string(),
    customerId: ZId('cus'),
    customerName: z.string().nullable(),
    contactId: z.string().nullable(),
    contactName: z.string().nullable(),
    segment: z.string().nullable(),
    relationshipLevel: z.string(),
    touchpointType: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    valueChainId: z.string().nullable(),
    stageId: z.string().nullable(),
    eventId: z.string().nullable(),
    comment: z.string().nullable(),
    language: z.string().nullable(),
    extra: z.record(z.string(), z.union([z.string(), z.number()])),
    via: z.enum(['link', 'api', 'import']),
    source: z.string(),
    externalId: z.string(),
    themes: z.array(ZAnswerTheme),
  })
  .meta({ id: 'SurveyAnswer' });

const ZMoment = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .meta({ description: 'A date (2026-03-01) or a date-time with a zone' });

export const ZAnswerListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  surveyId: ZId('srv').optional(),
  kind: ZSurveyKind.optional(),
  npsGroup: ZNpsGroup.optional().meta({ description: 'NPS answers of this group only' }),
  themeId: ZId('thm').optional(),
  customerId: ZId('cus').optional(),
  departmentId: ZId('dep').optional(),
  segment: z.string().trim().max(100).optional(),
  hasComment: ZQueryBoolean.optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Words in the comment' }),
  from: ZMoment.optional().meta({ description: 'Answered at or after this moment' }),
  to: ZMoment.optional().meta({
    description: 'Answered before this moment (a date: before its end)',
  }),
});

export const ZAnswerPage = ZPage(ZAnswer);

export const ANSWER_BATCH_LIMIT = 1_000;

export const ZAnswerBatchRequest = z.object({
  answers: z
    .array(z.unknown())
    .min(1, 'give at least one answer')
    .max(ANSWER_BATCH_LIMIT, `send at most ${ANSWER_BATCH_LIMIT} answers per batch`)
    .meta({
      description:
        'Each answer: { externalId, source?, customerId | customerExternalId (+ customerSource) | contactEmail, contactId?, score, comment?, answeredAt, language?, eventId?, answers? }. Each is checked on its own.',
    }),
});

export const ZAnswerResult = z.object({
  index: z.number().int(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  id: ZAnswerId.optional(),
  problems: z.array(ZProblemFieldError).optional(),
});

export const ZAnswerBatchResult = z
  .object({
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    results: z.array(ZAnswerResult),
  })
  .meta({ id: 'AnswerBatchResult' });

export const ZAnswerImportQuery = z.object({
  customerSource: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'The system whose ids the file’s customer ids are (default: any)' }),
});

export const ZAnswerImportResult = z
  .object({
    layout: z.enum(['answers', 'feedback_records']),
    rows: z.number().int().meta({ description: 'CSV rows read (not counting the header)' }),
    accepted: z.number().int(),
    duplicate: z.number().int(),
    rejected: z.number().int(),
    rejectedRows: z.array(ZRejectedRow),
    rejectedRowsOmitted: z.number().int(),
  })
  .meta({ id: 'AnswerImportResult' });

export const ZAnswerParams = z.object({ answerId: ZAnswerId });
export const ZAnswerThemeParams = z.object({ answerId: ZAnswerId, themeId: ZId('thm') });
export const ZTagAnswerRequest = z.object({ themeId: ZId('thm') });
export const ZAnswerThemes = z.object({ themes: z.array(ZAnswerTheme) });

export type TAnswer = z.infer<typeof ZAnswer>;
export type TAnswerTheme = z.infer<typeof ZAnswerTheme>;
export type TAnswerListQuery = z.infer<typeof ZAnswerListQuery>;
export type TAnswerBatchResult = z.infer<typeof ZAnswerBatchResult>;
export type TAnswerResult = z.infer<typeof ZAnswerResult>;
export type TAnswerImportResult = z.infer<typeof ZAnswerImportResult>;
export type TAnswerImportQuery = z.infer<typeof ZAnswerImportQuery>;
