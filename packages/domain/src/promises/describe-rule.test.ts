import { describe, expect, it } from 'vitest';
import { describeRule, usesBusinessTime } from './describe-rule.ts';
import type { TPromiseRule } from './promise-rule.ts';

const within: TPromiseRule = {
  kind: 'within',
  start: { type: 'complaint.received' },
  end: { type: 'support.*', where: [{ attribute: 'channel', op: 'neq', value: 'auto-reply' }] },
  subject: { kind: 'customer' },
  duration: { amount: 4, unit: 'business_hours' },
};

describe('describeRule', () => {
  it.each<[TPromiseRule, string]>([
    [
      within,
      'After a complaint, support.* (where channel is not "auto-reply") follows for the same customer within 4 business hours.',
    ],
    [
      {
        kind: 'by_time',
        start: { type: 'delivery.promised' },
        end: { type: 'delivery.completed' },
        subject: { kind: 'attribute', attribute: 'orderId' },
        deadlineAttribute: 'promisedBy',
      },
      'After delivery.promised, delivery.completed follows for the same orderId by the time in its promisedBy.',
    ],
    [
      {
        kind: 'match',
        start: { type: 'order.placed' },
        end: { type: 'invoice.issued' },
        subject: { kind: 'attribute', attribute: 'orderId' },
        startValue: 'amount',
        endValue: 'attributes.total',
        tolerance: { absolute: 0.01 },
      },
      'After order.placed, the next invoice.issued for the same orderId has attributes.total equal to the amount of order.placed (give or take ± 0.01).',
    ],
    [
      {
        kind: 'never',
        scope: { type: 'invoice.issued' },
        event: { type: 'invoice.corrected' },
        subject: { kind: 'customer' },
        duration: { amount: 90, unit: 'days' },
      },
      'After invoice.issued, no invoice.corrected for the same customer within 90 days.',
    ],
    [
      {
        kind: 'at_most',
        scope: { type: 'case.opened' },
        event: {
          type: 'case.passed_on',
          where: [{ attribute: 'to', op: 'in', value: ['billing', 'sales'] }],
        },
        subject: { kind: 'attribute', attribute: 'caseId' },
        max: 2,
      },
      'After case.opened, at most 2 × case.passed_on (where to is one of "billing", "sales") for the same caseId.',
    ],
  ])('%#: %s', (rule, sentence) => {
    expect(describeRule(rule, { 'complaint.received': 'a complaint' })).toBe(sentence);
  });

  it('tells when a rule needs a business calendar', () => {
    expect(usesBusinessTime(within)).toBe(true);
    expect(usesBusinessTime({ ...within, duration: { amount: 4, unit: 'hours' } })).toBe(false);
  });
});
