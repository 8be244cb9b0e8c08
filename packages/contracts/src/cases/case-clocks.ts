import {
  CASE_CATEGORIES,
  CASE_PRIORITIES,
  CASE_SOURCE_KINDS,
  CLOCK_KINDS,
  CLOCK_STATES,
  CLOCK_UNITS,
  MAX_ESCALATION_LEVELS,
  ROLES,
  type TClockDefinition,
  type TEscalationLevel,
} from '@customeric/domain';
import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';

const ZPromiseRef = ZId('prm').nullable().default(null).meta({
  description: 'The promise of the Bill of Rights this clock keeps (its wording is shown)',
});

export const ZClockTarget = z.strictObject({
  amount: z.number().positive('must be more than 0').max(10_000, 'must be at most 10,000'),
  unit: z.enum(CLOCK_UNITS),
});

export const ZClockDefinition = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.enum(['first_answer', 'resolution']),
      target: ZClockTarget,
      promiseId: ZPromiseRef,
    }),
    z.strictObject({
      kind: z.literal('handoffs'),
      max: z.number().int().min(0, 'must be 0 or more').max(20, 'must be at most 20'),
      promiseId: ZPromiseRef,
    }),
  ])
  .refine(
    (clock) =>
      clock.kind === 'handoffs' ||
      clock.target.unit !== 'business_days' ||
      Number.isInteger(clock.target.amount),
    { message: 'business days must be a whole number', path: ['target', 'amount'] },
  ) satisfies z.ZodType<TClockDefinition>;

export const ZEscalationLevel = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  clock: z.enum(CLOCK_KINDS),
  trigger: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('elapsed'),
      percent: z.number().int().min(1).max(500).meta({ description: 'Share of the target used' }),
    }),
    z.strictObject({
      kind: z.literal('breached'),
      afterMinutes: z
        .number()
        .int()
        .min(0)
        .max(100_000)
        .default(0)
        .meta({ description: 'Counted minutes of the clock after the breach' }),
    }),
  ]),
  notify: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('person'), userId: ZId('usr') }),
    z.strictObject({
      kind: z.literal('role'),
      role: z.enum(ROLES).meta({
        description:
          'department_head: the head of the department holding the case; other roles: everyone with it',
      }),
    }),
  ]),
}) satisfies z.ZodType<TEscalationLevel>;

const ZPolicyFields = {
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  position: z.number().int().min(0).max(10_000).default(0),
  priorities: z.array(z.enum(CASE_PRIORITIES)).max(4).default([]),
  categories: z.array(z.enum(CASE_CATEGORIES)).max(20).default([]),
  sourceKinds: z.array(z.enum(CASE_SOURCE_KINDS)).max(4).default([]),
  calendarId: ZId('cal')
    .nullable()
    .default(null)
    .meta({ description: 'A business calendar; null: the default one' }),
  clocks: z
    .array(ZClockDefinition)
    .min(1, 'give at least one clock')
    .refine(
      (clocks) => new Set(clocks.map((clock) => clock.kind)).size === clocks.length,
      'at most one clock of each kind',
    ),
  warnAtPercent: z.number().int().min(1).max(99).default(75),
  escalations: z
    .array(ZEscalationLevel)
    .max(MAX_ESCALATION_LEVELS, `at most ${MAX_ESCALATION_LEVELS} escalation levels`)
    .default([])
    .refine(
      (levels) => new Set(levels.map((level) => level.level)).size === levels.length,
      'each level once',
    ),
  active: z.boolean().default(true),
};

export const ZSaveClockPolicyRequest = z.object(ZPolicyFields).superRefine((policy, context) => {
  const kinds = new Set(policy.clocks.map((clock) => clock.kind));
  policy.escalations.forEach((level, index) => {
    if (!kinds.has(level.clock))
      context.addIssue({
        code: 'custom',
        path: ['escalations', index, 'clock'],
        message: `the policy has no ${level.clock} clock`,
      });
  });
});

export const ZClockPolicy = z
  .object({
    id: ZId('clp'),
    ...ZPolicyFields,
    calendarName: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CaseClockPolicy' });

export const ZClockPolicyList = z.object({ items: z.array(ZClockPolicy) });
export const ZClockPolicyParams = z.object({ policyId: ZId('clp') });

export const ZCaseClock = z.object({
  kind: z.enum(CLOCK_KINDS),
  state: z.enum(CLOCK_STATES),
  promiseId: z.string().nullable(),
  promiseWording: z.string().nullable(),
  startedAt: z.string(),
  stoppedAt: z.string().nullable(),
  dueAt: z.string().nullable().meta({ description: 'Projected from now while paused' }),
  target: ZClockTarget.nullable(),
  targetMinutes: z.number().nullable(),
  elapsedMinutes: z.number(),
  remainingMinutes: z.number().nullable(),
  percent: z.number(),
  breachedAt: z.string().nullable(),
  count: z.number().int().nullable(),
  max: z.number().int().nullable(),
});

export const ZCaseEscalation = z
  .object({
    id: ZId('esc'),
    caseId: ZId('cas'),
    caseSubject: z.string(),
    customerName: z.string(),
    departmentName: z.string().nullable(),
    policyId: ZId('clp'),
    clock: z.enum(CLOCK_KINDS),
    kind: z.enum(['warning', 'breach', 'escalation']),
    level: z.number().int(),
    reason: z.string(),
    notified: z.array(z.object({ userId: z.string(), name: z.string() })),
    dueAt: z.string().nullable(),
    raisedAt: z.string(),
  })
  .meta({ id: 'CaseEscalation' });

export const ZCaseClocks = z
  .object({
    caseId: ZId('cas'),
    policy: z.object({ id: ZId('clp'), name: z.string(), warnAtPercent: z.number() }).nullable(),
    calendar: z.object({ name: z.string(), timeZone: z.string() }).nullable(),
    clocks: z.array(ZCaseClock),
    escalations: z.array(ZCaseEscalation),
    problem: z
      .string()
      .nullable()
      .meta({ description: 'Why the clocks cannot run, e.g. no business calendar' }),
  })
  .meta({ id: 'CaseClocks' });

export const ZEscalationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  kind: z.enum(['warning', 'breach', 'escalation']).optional(),
});

export const ZEscalationList = ZPage(ZCaseEscalation);

export type TClockPolicy = z.infer<typeof ZClockPolicy>;
export type TSaveClockPolicyRequest = z.infer<typeof ZSaveClockPolicyRequest>;
export type TCaseClock = z.infer<typeof ZCaseClock>;
export type TCaseClocks = z.infer<typeof ZCaseClocks>;
export type TCaseEscalation = z.infer<typeof ZCaseEscalation>;
export type TEscalationListQuery = z.infer<typeof ZEscalationListQuery>;
