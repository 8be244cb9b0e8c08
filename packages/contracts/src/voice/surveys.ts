import { LANGUAGE_TAG, SURVEY_KINDS, SURVEY_STATUSES } from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

export const ZSurveyKind = z.enum(SURVEY_KINDS);
export const ZSurveyStatus = z.enum(SURVEY_STATUSES);

export const ZLanguageTag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(LANGUAGE_TAG, 'must be a language tag such as en or de');

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullable();

export const ZSurveyQuestion = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, 'must be 1 to 40 lower-case letters, digits, - or _'),
    kind: z.enum(['text', 'choice', 'rating']),
    prompt: text(300),
    options: z.array(text(100)).max(10, 'give at most 10 options').default([]),
    required: z.boolean().default(false),
  })
  .superRefine((question, context) => {
    if (question.kind === 'choice' && question.options.length < 2)
      context.addIssue({ code: 'custom', path: ['options'], message: 'needs at least 2 options' });
  })
  .meta({ description: 'Another question after the score: free text, one choice, or 1–5 stars' });

export const ZScoreScale = z.object({
  min: z.number().int(),
  max: z.number().int(),
  lowLabel: z.string(),
  highLabel: z.string(),
});

export const ZSurvey = z
  .object({
    id: ZId('srv'),
    name: z.string(),
    kind: ZSurveyKind,
    question: z.string(),
    commentPrompt: z.string().nullable(),
    scale: ZScoreScale,
    questions: z.array(ZSurveyQuestion),
    language: z.string(),
    touchpointType: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentName: z.string().nullable(),
    valueChainId: z.string().nullable(),
    valueChainName: z.string().nullable(),
    stageId: z.string().nullable(),
    stageName: z.string().nullable(),
    status: ZSurveyStatus,
    recontactDays: z.number().int().nullable(),
    thankYouMessage: z.string().nullable(),
    invitationCount: z.number().int(),
    answerCount: z.number().int(),
    lastAnsweredAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Survey' });

const ZTouchpoint = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/, 'must be an event type such as delivery.completed')
  .meta({ description: 'The event type the survey asks about, e.g. invoice.issued' });

const surveyFields = {
  name: text(200),
  kind: ZSurveyKind,
  question: text(500),
  commentPrompt: optionalText(500),
  scaleMin: z.number().int().min(0).max(10),
  scaleMax: z.number().int().min(0).max(10),
  lowLabel: optionalText(100),
  highLabel: optionalText(100),
  questions: z.array(ZSurveyQuestion).max(10, 'give at most 10 other questions'),
  language: ZLanguageTag,
  touchpointType: ZTouchpoint.nullable(),
  departmentId: ZId('dep').nullable(),
  valueChainId: ZId('vch').nullable(),
  stageId: ZId('stg').nullable(),
  status: ZSurveyStatus,
  recontactDays: z.number().int().min(0).max(365).nullable(),
  thankYouMessage: optionalText(500),
};

function checkSurvey(
  value: {
    kind?: string;
    scaleMin?: number;
    scaleMax?: number;
    stageId?: string | null;
    valueChainId?: string | null;
    questions?: { id: string }[];
  },
  context: z.RefinementCtx,
) {
  if (
    value.scaleMin !== undefined &&
    value.scaleMax !== undefined &&
    value.scaleMin >= value.scaleMax
  )
    context.addIssue({
      code: 'custom',
      path: ['scaleMax'],
      message: 'must be above the lowest point',
    });
  if (value.stageId && value.valueChainId === null)
    context.addIssue({
      code: 'custom',
      path: ['valueChainId'],
      message: 'is required with a stage',
    });
  const ids = (value.questions ?? []).map((question) => question.id);
  if (new Set(ids).size !== ids.length)
    context.addIssue({ code: 'custom', path: ['questions'], message: 'must have different ids' });
}

export const ZCreateSurveyRequest = z
  .object({
    ...surveyFields,
    commentPrompt: surveyFields.commentPrompt.default('What is the main reason for your score?'),
    scaleMin: surveyFields.scaleMin.optional().meta({ description: 'Custom surveys only' }),
    scaleMax: surveyFields.scaleMax.optional().meta({ description: 'Custom surveys only' }),
    lowLabel: surveyFields.lowLabel.default(null),
    highLabel: surveyFields.highLabel.default(null),
    questions: surveyFields.questions.default([]),
    language: ZLanguageTag.default('en'),
    touchpointType: surveyFields.touchpointType.default(null),
    departmentId: surveyFields.departmentId.default(null),
    valueChainId: surveyFields.valueChainId.default(null),
    stageId: surveyFields.stageId.default(null),
    status: ZSurveyStatus.default('draft'),
    recontactDays: surveyFields.recontactDays.default(null),
    thankYouMessage: surveyFields.thankYouMessage.default(null),
  })
  .superRefine(checkSurvey);

export const ZUpdateSurveyRequest = z
  .object(surveyFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change')
  .superRefine(checkSurvey);

export const ZSurveyParams = z.object({ surveyId: ZId('srv') });

export const ZSurveyListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(200).optional(),
  status: ZSurveyStatus.optional(),
});

export const ZSurveyList = ZPage(ZSurvey);

export const ZVoiceSettings = z
  .object({
    recontactDays: z.number().int().min(0).max(365).meta({
      description:
        'At most one invitation per contact every N days, across all surveys (0: no limit)',
    }),
    linkValidDays: z.number().int().min(1).max(365).meta({
      description: 'How long a survey link stays valid',
    }),
    updatedAt: z.string().nullable().meta({ description: 'null while the defaults apply' }),
  })
  .meta({ id: 'VoiceSettings' });

export const ZUpdateVoiceSettingsRequest = ZVoiceSettings.omit({ updatedAt: true });

export type TSurvey = z.infer<typeof ZSurvey>;
export type TSurveyQuestion = z.infer<typeof ZSurveyQuestion>;
export type TCreateSurveyRequest = z.infer<typeof ZCreateSurveyRequest>;
export type TUpdateSurveyRequest = z.infer<typeof ZUpdateSurveyRequest>;
export type TSurveyListQuery = z.infer<typeof ZSurveyListQuery>;
export type TVoiceSettings = z.infer<typeof ZVoiceSettings>;
export type TUpdateVoiceSettingsRequest = z.infer<typeof ZUpdateVoiceSettingsRequest>;
