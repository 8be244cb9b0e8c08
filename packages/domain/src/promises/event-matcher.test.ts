import { describe, expect, it } from 'vitest';
import { compileMatcher, matchesEvent, relevantEventTypes } from './event-matcher.ts';
import type { TEventMatcher, TPromiseRule } from './promise-rule.ts';
import { subjectKeyOf } from './subject-key.ts';
import { makeEvent } from './test-events.ts';

const invoice = makeEvent('evt_1', 'invoice.issued', '2026-03-03T10:00Z', {
  amount: 120.5,
  attributes: {
    channel: 'email',
    total: '120.50',
    lines: 3,
    dueOn: '2026-03-31',
    order: { id: 'ord_7' },
  },
});

describe('event matchers', () => {
  it.each<[string, TEventMatcher, boolean]>([
    ['the exact type', { type: 'invoice.issued' }, true],
    ['another type', { type: 'invoice.corrected' }, false],
    ['a prefix', { type: 'invoice.*' }, true],
    ['a prefix is not a word start', { type: 'inv.*' }, false],
    ['every type', { type: '*' }, true],
    [
      'eq on an attribute',
      { type: 'invoice.*', where: [{ attribute: 'channel', op: 'eq', value: 'email' }] },
      true,
    ],
    [
      'eq with attributes. in front',
      { type: '*', where: [{ attribute: 'attributes.channel', op: 'eq', value: 'email' }] },
      true,
    ],
    [
      'eq: numeric text equals the number',
      { type: '*', where: [{ attribute: 'total', op: 'eq', value: 120.5 }] },
      true,
    ],
    [
      'eq on the amount field',
      { type: '*', where: [{ attribute: 'amount', op: 'eq', value: 120.5 }] },
      true,
    ],
    ['eq fails', { type: '*', where: [{ attribute: 'channel', op: 'eq', value: 'phone' }] }, false],
    ['neq', { type: '*', where: [{ attribute: 'channel', op: 'neq', value: 'phone' }] }, true],
    [
      'neq on a missing attribute holds',
      { type: '*', where: [{ attribute: 'missing', op: 'neq', value: 'x' }] },
      true,
    ],
    [
      'in',
      { type: '*', where: [{ attribute: 'channel', op: 'in', value: ['phone', 'email'] }] },
      true,
    ],
    [
      'in fails',
      { type: '*', where: [{ attribute: 'channel', op: 'in', value: ['phone'] }] },
      false,
    ],
    ['exists', { type: '*', where: [{ attribute: 'lines', op: 'exists' }] }, true],
    [
      'exists fails on a missing attribute',
      { type: '*', where: [{ attribute: 'missing', op: 'exists' }] },
      false,
    ],
    [
      'a nested path',
      { type: '*', where: [{ attribute: 'order.id', op: 'eq', value: 'ord_7' }] },
      true,
    ],
    ['gt on numbers', { type: '*', where: [{ attribute: 'lines', op: 'gt', value: 2 }] }, true],
    ['gte', { type: '*', where: [{ attribute: 'lines', op: 'gte', value: 3 }] }, true],
    ['lt fails', { type: '*', where: [{ attribute: 'lines', op: 'lt', value: 3 }] }, false],
    [
      'lte on numeric text',
      { type: '*', where: [{ attribute: 'total', op: 'lte', value: 200 }] },
      true,
    ],
    [
      'gt on ISO dates as text',
      { type: '*', where: [{ attribute: 'dueOn', op: 'gt', value: '2026-03-15' }] },
      true,
    ],
    [
      'gt cannot compare text with a number',
      { type: '*', where: [{ attribute: 'channel', op: 'gt', value: 1 }] },
      false,
    ],
    [
      'all conditions must hold',
      {
        type: '*',
        where: [
          { attribute: 'channel', op: 'eq', value: 'email' },
          { attribute: 'lines', op: 'gt', value: 5 },
        ],
      },
      false,
    ],
    [
      'inherited properties are not attributes',
      { type: '*', where: [{ attribute: 'constructor', op: 'exists' }] },
      false,
    ],
  ])('%s', (_name, matcher, expected) => {
    expect(compileMatcher(matcher)(invoice)).toBe(expected);
    expect(matchesEvent(matcher, invoice)).toBe(expected);
  });
});

describe('subjects', () => {
  const byOrder: TPromiseRule = {
    kind: 'never',
    scope: { type: 'invoice.issued' },
    event: { type: 'invoice.corrected' },
    subject: { kind: 'attribute', attribute: 'orderId' },
  };

  it.each<[string, Record<string, unknown>, string | null]>([
    ['text names a subject', { orderId: 'ord_1' }, 'ord_1'],
    ['a number names a subject', { orderId: 42 }, '42'],
    ['no attribute: no subject', {}, null],
    ['empty text: no subject', { orderId: '' }, null],
    ['an object: no subject', { orderId: { id: 1 } }, null],
  ])('%s', (_name, attributes, expected) => {
    expect(
      subjectKeyOf(
        byOrder,
        makeEvent('evt_1', 'invoice.issued', '2026-03-03T10:00Z', { attributes }),
      ),
    ).toBe(expected);
  });

  it('uses the customer when the subject is the customer', () => {
    const rule = { ...byOrder, subject: { kind: 'customer' as const } };
    expect(subjectKeyOf(rule, invoice)).toBe('cus_1');
  });

  it('names the matchers the integration must feed', () => {
    expect(relevantEventTypes(byOrder)).toEqual([
      { type: 'invoice.issued' },
      { type: 'invoice.corrected' },
    ]);
  });
});
