import { DURATION_UNITS, TYPE_PATTERN, WHERE_OPERATORS } from '@customeric/domain';
import { z } from 'zod';

/* The building blocks of a promise rule (see promise-rule.ts). */

/** Messages for a strict object: a misspelt key ("duraton") is refused and named. */
export function strictMessages(what: string) {
  return {
    error: (issue: z.core.$ZodRawIssue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys as string[];
        return `${what} has ${keys.length === 1 ? 'an unknown field' : 'unknown fields'}: ${keys.join(', ')}`;
      }
      if (issue.code !== 'invalid_type') return undefined;
      return issue.input === undefined ? `${what} is required` : `${what} must be an object`;
    },
  };
}

const PATH = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

export const ZPath = (field: string) =>
  z
    .string(`${field} must be text`)
    .max(200, `${field} must be at most 200 characters`)
    .regex(PATH, `${field} must be a field or attribute path like attributes.orderId`);

const ZPrimitive = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ZWhereCondition = z
  .strictObject(
    {
      attribute: ZPath('attribute').describe(
        'Path into the event: amount, type, attributes.channel, or the shorthand channel',
      ),
      op: z
        .enum(WHERE_OPERATORS, `op must be one of ${WHERE_OPERATORS.join(', ')}`)
        .describe(
          'eq and neq compare values (a number equals the same number as text); in takes a list; exists needs no value; gt, gte, lt, lte compare numbers, or text such as ISO dates',
        ),
      value: z
        .union([ZPrimitive, z.array(ZPrimitive)])
        .optional()
        .describe('What to compare with; a list for in; absent for exists'),
    },
    strictMessages('a where condition'),
  )
  .superRefine((condition, context) => {
    const problem = whereValueProblem(condition.op, condition.value);
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['value'] });
  })
  .describe('A condition on an event attribute; all conditions of a matcher must hold');

function whereValueProblem(op: (typeof WHERE_OPERATORS)[number], value: unknown): string | null {
  if (op === 'exists') return value === undefined ? null : 'value must be left out for exists';
  if (op === 'in') {
    return Array.isArray(value) && value.length > 0
      ? null
      : 'value must be a non-empty list for in';
  }
  if (value === undefined) return `value is required for ${op}`;
  if (Array.isArray(value)) return `value must be a single value for ${op} (use in for a list)`;
  if (op === 'eq' || op === 'neq' || typeof value === 'number' || typeof value === 'string') {
    return null;
  }
  return `value must be a number or text for ${op}`;
}

/** A matcher in the field `field` of a rule (start, end, scope, event). */
export const ZEventMatcher = (field: string) =>
  z
    .strictObject(
      {
        type: z
          .string('type must be text')
          .regex(
            TYPE_PATTERN,
            'type must be an event type like invoice.issued, a prefix like invoice.*, or *',
          )
          .describe(
            'Exact type (invoice.issued), every type under a prefix (invoice.*), or * for all',
          ),
        where: z
          .array(ZWhereCondition)
          .max(20, 'where may have at most 20 conditions')
          .optional()
          .describe('Conditions on the event; all must hold'),
      },
      strictMessages(field),
    )
    .describe('Which events count');

export const ZPromiseSubject = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('customer') }, strictMessages('subject')),
      z.strictObject(
        {
          kind: z.literal('attribute'),
          attribute: ZPath('attribute').describe(
            'The attribute naming the subject, e.g. orderId or attributes.caseId',
          ),
        },
        strictMessages('subject'),
      ),
    ],
    {
      // Zod routes a missing or non-object subject here too, though its type names only the union.
      error: (issue) => {
        const code: string = issue.code;
        if (code === 'invalid_type') {
          return issue.input === undefined ? 'subject is required' : 'subject must be an object';
        }
        return 'subject kind must be customer or attribute';
      },
    },
  )
  .describe(
    'Whom the promise is kept for: each customer, or each value of an attribute (an order, a case)',
  );

/** Roughly ten years in each unit: a longer deadline is a typo, not a promise. */
const MAX_AMOUNT: Record<(typeof DURATION_UNITS)[number], number> = {
  minutes: 5_256_000,
  hours: 87_600,
  days: 3_650,
  business_hours: 20_000,
  business_days: 2_500,
};

/** A duration in the field `field` of a rule. */
export const ZDuration = (field: string) =>
  z
    .strictObject(
      {
        amount: z
          .number('amount must be a number')
          .positive('amount must be more than 0')
          .describe('How many units; business_days must be whole'),
        unit: z
          .enum(DURATION_UNITS, `unit must be one of ${DURATION_UNITS.join(', ')}`)
          .describe(
            "minutes, hours, days (calendar days in the calendar's time zone), business_hours, business_days (by the same local time N working days later) of the promise's business calendar",
          ),
      },
      strictMessages(field),
    )
    .superRefine((duration, context) => {
      if (duration.unit === 'business_days' && !Number.isInteger(duration.amount)) {
        context.addIssue({
          code: 'custom',
          message: 'amount must be a whole number of business days',
          path: ['amount'],
        });
      }
      const max = MAX_AMOUNT[duration.unit];
      if (duration.amount > max) {
        context.addIssue({
          code: 'custom',
          message: `amount must be at most ${max} ${duration.unit.replace('_', ' ')}`,
          path: ['amount'],
        });
      }
    })
    .describe('A length of time, in calendar time or in business time');

export const ZTolerance = z
  .strictObject(
    {
      absolute: z
        .number('absolute must be a number')
        .min(0, 'absolute must be at least 0')
        .optional()
        .describe('Allowed difference in units of the value, e.g. 0.01'),
      relative: z
        .number('relative must be a number')
        .min(0, 'relative must be at least 0')
        .max(1, 'relative must be at most 1 (100 %)')
        .optional()
        .describe('Allowed difference as a share of the start value, e.g. 0.02 for 2 %'),
    },
    strictMessages('tolerance'),
  )
  .describe('How far the values may differ; when both are given, the larger allowance applies');
