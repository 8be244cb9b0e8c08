import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZBusinessCalendarDefinition } from './calendar-definition.ts';
import { ZPromiseRule } from './promise-rule.ts';

const within = {
  kind: 'within',
  start: { type: 'complaint.received' },
  end: { type: 'support.*', where: [{ attribute: 'channel', op: 'neq', value: 'auto-reply' }] },
  subject: { kind: 'customer' },
  duration: { amount: 4, unit: 'business_hours' },
};

const atMost = {
  kind: 'at_most',
  scope: { type: 'case.opened' },
  event: { type: 'case.passed_on' },
  subject: { kind: 'attribute', attribute: 'caseId' },
  max: 2,
};

function problems(schema: z.ZodType, value: unknown): [string, string][] {
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('ZPromiseRule', () => {
  it.each([
    ['within', within],
    [
      'by_time',
      {
        kind: 'by_time',
        start: { type: 'delivery.promised' },
        end: { type: 'delivery.completed' },
        subject: { kind: 'attribute', attribute: 'orderId' },
        deadlineAttribute: 'attributes.promisedBy',
      },
    ],
    [
      'match',
      {
        kind: 'match',
        start: { type: 'order.placed' },
        end: { type: 'invoice.issued' },
        subject: { kind: 'customer' },
        startValue: 'amount',
        endValue: 'attributes.total',
        tolerance: { absolute: 0.01 },
      },
    ],
    [
      'never',
      {
        kind: 'never',
        scope: { type: 'invoice.issued' },
        event: { type: 'invoice.corrected' },
        subject: { kind: 'customer' },
        duration: { amount: 90, unit: 'days' },
      },
    ],
    ['at_most', atMost],
  ])('accepts a %s rule as it is', (_kind, rule) => {
    expect(ZPromiseRule.parse(rule)).toEqual(rule);
  });

  it.each<[string, unknown, [string, string][]]>([
    [
      'an unknown kind',
      { ...within, kind: 'sometimes' },
      [['kind', 'kind must be one of within, by_time, match, never, at_most']],
    ],
    [
      'a fractional max',
      { ...atMost, max: 1.5 },
      [['max', 'max must be a whole number of at least 0']],
    ],
    [
      'a negative max',
      { ...atMost, max: -1 },
      [['max', 'max must be a whole number of at least 0']],
    ],
    ['max as text', { ...atMost, max: '2' }, [['max', 'max must be a whole number of at least 0']]],
    ['a missing field', { ...within, end: undefined }, [['end', 'end is required']]],
    [
      'a misspelt field',
      { ...atMost, duraton: { amount: 1, unit: 'days' } },
      [['', 'the rule has an unknown field: duraton']],
    ],
    [
      'a misspelt matcher field',
      { ...within, start: { type: 'complaint.received', wher: [] } },
      [['start', 'start has an unknown field: wher']],
    ],
    [
      'a bad event type',
      { ...within, start: { type: 'Complaint Received' } },
      [
        [
          'start.type',
          'type must be an event type like invoice.issued, a prefix like invoice.*, or *',
        ],
      ],
    ],
    [
      'a bad subject kind',
      { ...within, subject: { kind: 'order' } },
      [['subject.kind', 'subject kind must be customer or attribute']],
    ],
    [
      'a bad attribute path',
      { ...atMost, subject: { kind: 'attribute', attribute: 'case id' } },
      [
        [
          'subject.attribute',
          'attribute must be a field or attribute path like attributes.orderId',
        ],
      ],
    ],
    [
      'an unknown unit',
      { ...within, duration: { amount: 1, unit: 'weeks' } },
      [
        [
          'duration.unit',
          'unit must be one of minutes, hours, days, business_hours, business_days',
        ],
      ],
    ],
    [
      'a zero duration',
      { ...within, duration: { amount: 0, unit: 'hours' } },
      [['duration.amount', 'amount must be more than 0']],
    ],
    [
      'half a business day',
      { ...within, duration: { amount: 0.5, unit: 'business_days' } },
      [['duration.amount', 'amount must be a whole number of business days']],
    ],
    [
      'a duration of centuries',
      { ...within, duration: { amount: 50_000, unit: 'days' } },
      [['duration.amount', 'amount must be at most 3650 days']],
    ],
    [
      'in without a list',
      {
        ...within,
        end: { type: 'support.*', where: [{ attribute: 'channel', op: 'in', value: 'email' }] },
      },
      [['end.where.0.value', 'value must be a non-empty list for in']],
    ],
    [
      'exists with a value',
      {
        ...within,
        end: { type: 'support.*', where: [{ attribute: 'channel', op: 'exists', value: 1 }] },
      },
      [['end.where.0.value', 'value must be left out for exists']],
    ],
    [
      'gt without a value',
      { ...within, end: { type: 'support.*', where: [{ attribute: 'lines', op: 'gt' }] } },
      [['end.where.0.value', 'value is required for gt']],
    ],
    [
      'an unknown operator',
      {
        ...within,
        end: { type: 'support.*', where: [{ attribute: 'lines', op: 'like', value: 'x' }] },
      },
      [['end.where.0.op', 'op must be one of eq, neq, in, exists, gt, gte, lt, lte']],
    ],
    [
      'a relative tolerance over 100 %',
      {
        kind: 'match',
        start: { type: 'a.b' },
        end: { type: 'c.d' },
        subject: { kind: 'customer' },
        startValue: 'amount',
        endValue: 'amount',
        tolerance: { relative: 2 },
      },
      [['tolerance.relative', 'relative must be at most 1 (100 %)']],
    ],
    ['not an object', 'within', [['', 'the rule must be an object']]],
  ])('refuses %s with a message a person understands', (_name, rule, expected) => {
    expect(problems(ZPromiseRule, rule)).toEqual(expected);
  });

  it('documents its fields for OpenAPI', () => {
    const schema = JSON.stringify(z.toJSONSchema(ZPromiseRule));
    expect(schema).toContain('How many counted events are allowed after each scope event');
    expect(schema).toContain('by the same local time N working days later');
  });
});

describe('ZBusinessCalendarDefinition', () => {
  const calendar = {
    timeZone: 'Europe/Berlin',
    week: [
      { day: 1, open: '09:00', close: '12:00' },
      { day: 1, open: '13:00', close: '17:00' },
      { day: 7, open: '00:00', close: '24:00' },
    ],
    holidays: ['2026-12-25'],
  };

  it('accepts working periods, a lunch break and a whole day', () => {
    expect(ZBusinessCalendarDefinition.parse(calendar)).toEqual(calendar);
  });

  it.each<[string, unknown, [string, string][]]>([
    [
      'an unknown time zone',
      { ...calendar, timeZone: 'Mars/Olympus' },
      [['timeZone', 'timeZone must be an IANA time zone like Europe/Berlin']],
    ],
    [
      'weekday 8',
      { ...calendar, week: [{ day: 8, open: '09:00', close: '17:00' }] },
      [['week.0.day', 'day must be an ISO weekday from 1 (Monday) to 7 (Sunday)']],
    ],
    [
      'a time without a leading zero',
      { ...calendar, week: [{ day: 1, open: '9:00', close: '17:00' }] },
      [['week.0.open', 'open must be a local time like 09:00 (24:00 is the end of the day)']],
    ],
    [
      'closing before opening',
      { ...calendar, week: [{ day: 1, open: '17:00', close: '09:00' }] },
      [['week.0.close', 'close must be after open']],
    ],
    [
      'overlapping periods',
      {
        ...calendar,
        week: [
          { day: 1, open: '09:00', close: '13:00' },
          { day: 1, open: '12:00', close: '17:00' },
        ],
      },
      [['week.1', 'working periods of the same day must not overlap']],
    ],
    [
      'a week without working time',
      { ...calendar, week: [] },
      [['week', 'week must have at least one working period']],
    ],
    [
      'no such date',
      { ...calendar, holidays: ['2026-02-30'] },
      [['holidays.0', 'each holiday must be a date like 2026-12-25']],
    ],
  ])('refuses %s', (_name, value, expected) => {
    expect(problems(ZBusinessCalendarDefinition, value)).toEqual(expected);
  });
});
