import { ZPromiseRule } from '@customeric/contracts';
import type { TPromiseRule } from '@customeric/domain';
import { describe, expect, it } from 'vitest';
import {
  changeRuleKind,
  createRuleDraft,
  fromRule,
  newWhereDraft,
  parseConditionValue,
  toRule,
} from './rule-draft.ts';

const RULES: [string, TPromiseRule][] = [
  [
    'within, in business hours, with conditions',
    {
      kind: 'within',
      start: {
        type: 'complaint.received',
        where: [
          { attribute: 'channel', op: 'in', value: ['email', 'phone'] },
          { attribute: 'priority', op: 'gte', value: 2 },
        ],
      },
      end: { type: 'email.*' },
      subject: { kind: 'customer' },
      duration: { amount: 4, unit: 'business_hours' },
    },
  ],
  [
    'by the promised time, per order',
    {
      kind: 'by_time',
      start: { type: 'delivery.promised' },
      end: { type: 'delivery.completed', where: [{ attribute: 'late', op: 'exists' }] },
      subject: { kind: 'attribute', attribute: 'order' },
      deadlineAttribute: 'promisedBy',
    },
  ],
  [
    'match with both tolerances and a window',
    {
      kind: 'match',
      start: { type: 'order.placed' },
      end: { type: 'invoice.issued', where: [{ attribute: 'draft', op: 'eq', value: false }] },
      subject: { kind: 'attribute', attribute: 'attributes.order' },
      startValue: 'amount',
      endValue: 'attributes.total',
      tolerance: { absolute: 0.01, relative: 0.025 },
      duration: { amount: 3, unit: 'days' },
    },
  ],
  [
    'never, watched for ever',
    {
      kind: 'never',
      scope: { type: 'invoice.issued' },
      event: { type: 'invoice.corrected' },
      subject: { kind: 'attribute', attribute: 'invoice' },
    },
  ],
  [
    'at most twice within 30 business days',
    {
      kind: 'at_most',
      scope: { type: 'case.opened' },
      event: { type: 'case.handed_off', where: [{ attribute: 'team', op: 'neq', value: 'L1' }] },
      subject: { kind: 'attribute', attribute: 'case' },
      max: 2,
      duration: { amount: 30, unit: 'business_days' },
    },
  ],
];

describe('the rule form and the rule JSON', () => {
  it.each(RULES)('%s: the form shows a stored rule and gives back the same JSON', (_, rule) => {
    expect(toRule(fromRule(rule))).toEqual(rule);
    expect(ZPromiseRule.safeParse(toRule(fromRule(rule))).success).toBe(true);
  });

  it('builds a valid within rule from what a person types', () => {
    const draft = createRuleDraft('within');
    draft.opener.type = ' complaint.received ';
    draft.closer.type = 'email.sent';
    draft.duration = { amount: '1,5', unit: 'hours' };
    draft.opener.where = [{ ...newWhereDraft(), attribute: 'channel', op: 'eq', value: 'web' }];
    expect(toRule(draft)).toEqual({
      kind: 'within',
      start: {
        type: 'complaint.received',
        where: [{ attribute: 'channel', op: 'eq', value: 'web' }],
      },
      end: { type: 'email.sent' },
      subject: { kind: 'customer' },
      duration: { amount: 1.5, unit: 'hours' },
    });
  });

  it('leaves the window out of never and at most unless it is asked for', () => {
    const draft = changeRuleKind(createRuleDraft('never'), 'at_most');
    draft.opener.type = 'case.opened';
    draft.closer.type = 'case.handed_off';
    expect(toRule(draft)).not.toHaveProperty('duration');
    expect(toRule({ ...draft, windowed: true })).toMatchObject({
      duration: { amount: 4, unit: 'business_hours' },
    });
  });

  it('keeps the events and subject when the kind changes, and within always has a duration', () => {
    const draft = createRuleDraft('never');
    draft.opener.type = 'invoice.issued';
    draft.subjectKind = 'attribute';
    draft.subjectAttribute = 'invoice';
    const within = changeRuleKind(draft, 'within');
    expect(within.windowed).toBe(true);
    expect(toRule(within)).toMatchObject({
      kind: 'within',
      start: { type: 'invoice.issued' },
      subject: { kind: 'attribute', attribute: 'invoice' },
    });
  });

  it('lets the schema refuse an empty amount rather than send a made-up one', () => {
    const draft = createRuleDraft('within');
    draft.opener.type = 'a.b';
    draft.closer.type = 'c.d';
    draft.duration.amount = '';
    const parsed = ZPromiseRule.safeParse(toRule(draft));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['duration', 'amount']);
  });
});

describe('condition values', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    ['true', true],
    ['false', false],
    ['007', '007'],
    ['web', 'web'],
    ['  2026-03-01 ', '2026-03-01'],
  ])('%j is read as %j', (text, value) => {
    expect(parseConditionValue(text)).toEqual(value);
  });
});
