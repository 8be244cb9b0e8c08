import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZQueryBoolean } from '../common/sort.ts';
import { ZPromiseRule } from './promise-rule.ts';

export const PROMISE_OWNER_KINDS = ['department', 'value_chain_manager'] as const;
export const ZPromiseOwnerKind = z.enum(PROMISE_OWNER_KINDS).meta({
  description:
    'department: the owner department (its head) answers for breaches; value_chain_manager: the manager of the promise’s value chain does',
});

export const EVALUATION_STATUSES = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'superseded',
] as const;
export const EVALUATION_REASONS = ['created', 'rule_changed', 'activated', 'requested'] as const;

/** A re-evaluation of a promise's history: the progress bar reads processed / total. */
export const ZPromiseEvaluation = z
  .object({
    id: ZId('pev'),
    promiseId: ZId('prm'),
    promiseVersion: z.number().int(),
    reason: z.enum(EVALUATION_REASONS),
    status: z.enum(EVALUATION_STATUSES),
    total: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Subjects to replay; null until counted' }),
    processed: z.number().int(),
    requestedAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'PromiseEvaluation' });

/** Kept / broken / open counts; rate = kept / (kept + broken), null when nothing resolved. */
export const ZComplianceCounts = z.object({
  kept: z.number().int(),
  broken: z.number().int(),
  open: z.number().int(),
  rate: z.number().nullable().meta({ description: 'kept / (kept + broken), 0 to 1' }),
});

export const ZPromise = z
  .object({
    id: ZId('prm'),
    customerWording: z.string().meta({ description: 'What the customer is promised' }),
    internalName: z.string(),
    ownerKind: ZPromiseOwnerKind,
    ownerDepartmentId: ZId('dep').nullable(),
    ownerDepartmentName: z.string().nullable(),
    valueChainId: ZId('vch').nullable(),
    valueChainName: z.string().nullable(),
    stageId: ZId('stg').nullable(),
    stageName: z.string().nullable(),
    accountableUserId: ZId('usr')
      .nullable()
      .meta({ description: 'The department head or the Value Chain Manager, today' }),
    accountableUserName: z.string().nullable(),
    targetRate: z.number().meta({ description: 'Target compliance, 0 to 1 (0.95 = 95 %)' }),
    rule: ZPromiseRule,
    ruleSentence: z.string().meta({ description: 'The rule in plain words' }),
    calendarId: ZId('cal').nullable().meta({ description: 'null: the default calendar' }),
    calendarName: z.string().nullable().meta({ description: 'The calendar in effect' }),
    active: z.boolean(),
    version: z.number().int().meta({ description: 'Goes up by one each time the rule changes' }),
    compliance: ZComplianceCounts.extend({ from: z.string() }).meta({
      description: 'Outcomes that started in the last 90 days',
    }),
    evaluation: ZPromiseEvaluation.nullable().meta({
      description: 'The latest re-evaluation of history, if any',
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Promise' });

const promiseFields = {
  customerWording: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(500, 'must be at most 500 characters'),
  internalName: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  ownerKind: ZPromiseOwnerKind,
  ownerDepartmentId: ZId('dep').nullable(),
  valueChainId: ZId('vch').nullable(),
  stageId: ZId('stg').nullable(),
  targetRate: z.number().min(0, 'must be at least 0').max(1, 'must be at most 1 (100 %)'),
  rule: ZPromiseRule,
  calendarId: ZId('cal').nullable(),
  active: z.boolean(),
};

type TOwnerFields = {
  ownerKind?: string;
  ownerDepartmentId?: string | null;
  valueChainId?: string | null;
  stageId?: string | null;
};

/** The owner named must fit the kind of owner; a stage belongs to a value chain. */
function checkOwner(value: TOwnerFields, context: z.RefinementCtx) {
  if (value.ownerKind === 'department' && !value.ownerDepartmentId)
    context.addIssue({
      code: 'custom',
      path: ['ownerDepartmentId'],
      message: 'is required when a department owns the promise',
    });
  if (value.ownerKind === 'value_chain_manager' && !value.valueChainId)
    context.addIssue({
      code: 'custom',
      path: ['valueChainId'],
      message: 'is required when the Value Chain Manager owns the promise',
    });
  if (value.stageId && value.valueChainId === null)
    context.addIssue({
      code: 'custom',
      path: ['valueChainId'],
      message: 'is required with a stage',
    });
}

export const ZCreatePromiseRequest = z
  .object({
    ...promiseFields,
    ownerKind: ZPromiseOwnerKind.default('department'),
    ownerDepartmentId: promiseFields.ownerDepartmentId.default(null),
    valueChainId: promiseFields.valueChainId.default(null),
    stageId: promiseFields.stageId.default(null),
    targetRate: promiseFields.targetRate.default(0.95),
    calendarId: promiseFields.calendarId.default(null),
    active: promiseFields.active.default(true),
  })
  .superRefine(checkOwner);

export const ZUpdatePromiseRequest = z
  .object(promiseFields)
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to change')
  .meta({
    description:
      'Changing the rule or the calendar bumps the version and re-evaluates history; so does activating',
  });

export const ZPromiseParams = z.object({ promiseId: ZId('prm') });
export const ZPromiseEvaluationParams = z.object({
  promiseId: ZId('prm'),
  evaluationId: ZId('pev'),
});

export const ZPromiseListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
  q: z.string().trim().max(200).optional().meta({ description: 'Search both wordings' }),
  active: ZQueryBoolean.optional(),
  departmentId: ZId('dep').optional(),
  valueChainId: ZId('vch').optional(),
  stageId: ZId('stg').optional(),
});

export const ZPromiseList = ZPage(ZPromise);

export type TPromiseView = z.infer<typeof ZPromise>;
export type TPromiseEvaluation = z.infer<typeof ZPromiseEvaluation>;
export type TComplianceCounts = z.infer<typeof ZComplianceCounts>;
export type TCreatePromiseRequest = z.infer<typeof ZCreatePromiseRequest>;
export type TUpdatePromiseRequest = z.infer<typeof ZUpdatePromiseRequest>;
export type TPromiseListQuery = z.infer<typeof ZPromiseListQuery>;
export type TPromiseList = z.infer<typeof ZPromiseList>;
