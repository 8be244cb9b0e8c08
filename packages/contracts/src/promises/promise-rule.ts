import type { TPromiseRule } from '@customeric/domain';
import { z } from 'zod';
import {
  strictMessages,
  ZDuration,
  ZEventMatcher,
  ZPath,
  ZPromiseSubject,
  ZTolerance,
} from './rule-parts.ts';

/*
 * The rule of a promise as JSON. The engine's TypeScript types live in the domain package
 * (`TPromiseRule`); this schema is checked against them with `satisfies`, so the two cannot
 * drift. Objects are strict: a misspelt key ("duraton") is refused rather than ignored.
 */

const subject = ZPromiseSubject;

const ZWithinRule = z
  .strictObject(
    {
      kind: z.literal('within'),
      start: ZEventMatcher('start').describe(
        'The event that starts the clock, e.g. complaint.received',
      ),
      end: ZEventMatcher('end').describe(
        'The event that keeps the promise, e.g. complaint.answered',
      ),
      subject,
      duration: ZDuration('duration').describe('How long after the start the end may come'),
    },
    strictMessages('the rule'),
  )
  .describe('After a start event, an end event for the same subject within a duration');

const ZByTimeRule = z
  .strictObject(
    {
      kind: z.literal('by_time'),
      start: ZEventMatcher('start').describe(
        'The event carrying the promised time, e.g. delivery.promised',
      ),
      end: ZEventMatcher('end').describe(
        'The event that keeps the promise, e.g. delivery.completed',
      ),
      subject,
      deadlineAttribute: ZPath('deadlineAttribute').describe(
        'Path on the start event to the promised time: an ISO date-time, or a date (by the end of that local day)',
      ),
    },
    strictMessages('the rule'),
  )
  .describe('The end event must happen by the time the start event promised');

const ZMatchRule = z
  .strictObject(
    {
      kind: z.literal('match'),
      start: ZEventMatcher('start').describe(
        'The event with the value promised, e.g. order.placed',
      ),
      end: ZEventMatcher('end').describe('The event whose value must match, e.g. invoice.issued'),
      subject,
      startValue: ZPath('startValue').describe(
        'Path on the start event: amount or attributes.total',
      ),
      endValue: ZPath('endValue').describe('Path on the end event: amount or attributes.total'),
      tolerance: ZTolerance.optional(),
      duration: ZDuration('duration')
        .optional()
        .describe('When given, the end must also come within this time'),
    },
    strictMessages('the rule'),
  )
  .describe(
    'A value on the end event must equal (or be within a tolerance of) one on the start event',
  );

const ZNeverRule = z
  .strictObject(
    {
      kind: z.literal('never'),
      scope: ZEventMatcher('scope').describe(
        'Each such event is one chance to keep the promise, e.g. invoice.issued',
      ),
      event: ZEventMatcher('event').describe(
        'The event that must not follow, e.g. invoice.corrected',
      ),
      subject,
      duration: ZDuration('duration')
        .optional()
        .describe('How long after the scope event to watch; absent: for ever (kept so far)'),
    },
    strictMessages('the rule'),
  )
  .describe('An event must never follow the scope event for the same subject');

const ZAtMostRule = z
  .strictObject(
    {
      kind: z.literal('at_most'),
      scope: ZEventMatcher('scope').describe(
        'Each such event is one chance to keep the promise, e.g. case.opened',
      ),
      event: ZEventMatcher('event').describe('The event that is counted, e.g. case.passed_on'),
      subject,
      max: z
        .number('max must be a whole number of at least 0')
        .int('max must be a whole number of at least 0')
        .min(0, 'max must be a whole number of at least 0')
        .max(1000, 'max must be at most 1000')
        .describe('How many counted events are allowed after each scope event'),
      duration: ZDuration('duration')
        .optional()
        .describe('How long after the scope event to count; absent: for ever (kept so far)'),
    },
    strictMessages('the rule'),
  )
  .describe('No more than max events for the same subject after the scope event');

const KINDS = 'within, by_time, match, never, at_most';

export const ZPromiseRule = z
  .discriminatedUnion('kind', [ZWithinRule, ZByTimeRule, ZMatchRule, ZNeverRule, ZAtMostRule], {
    // Zod routes a non-object rule here too, though its type names only the union.
    error: (issue) => {
      const code: string = issue.code;
      if (code === 'invalid_type') return 'the rule must be an object';
      return code === 'invalid_union' ? `kind must be one of ${KINDS}` : undefined;
    },
  })
  .meta({
    id: 'PromiseRule',
    description: `The measurable rule of a promise, evaluated on events. kind is one of ${KINDS}`,
  }) satisfies z.ZodType<TPromiseRule>;

export type TPromiseRuleInput = z.input<typeof ZPromiseRule>;
