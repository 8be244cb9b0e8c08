import { describe, expect, it } from 'vitest';
import { evaluatePromise } from './evaluate-promise.ts';
import type { TMatchRule, TPromiseEvent, TTolerance } from './promise-rule.ts';
import { BERLIN, iso, makeEvent, summarize, type TOutcomeSummary } from './test-events.ts';

const rule: TMatchRule = {
  kind: 'match',
  start: { type: 'order.placed' },
  end: { type: 'invoice.issued' },
  subject: { kind: 'attribute', attribute: 'orderId' },
  startValue: 'amount',
  endValue: 'attributes.total',
};

const ORDERED = '2026-03-02T09:00+01:00';
const INVOICED = '2026-03-03T09:00+01:00';
const LATER = '2026-06-01T00:00Z';
const order = (amount: number | null, id = 'o1') =>
  makeEvent(id, 'order.placed', ORDERED, { amount, attributes: { orderId: 'ord_1' } });
const invoice = (total: unknown, id = 'i1', at = INVOICED) =>
  makeEvent(id, 'invoice.issued', at, {
    attributes: total === undefined ? { orderId: 'ord_1' } : { orderId: 'ord_1', total },
  });

const kept = (end = 'i1'): TOutcomeSummary => ({
  key: 'ord_1:o1',
  status: 'kept',
  end,
  due: null,
  resolved: iso(INVOICED),
});
const broken = (end = 'i1'): TOutcomeSummary => ({
  key: 'ord_1:o1',
  status: 'broken',
  end,
  due: null,
  resolved: iso(INVOICED),
});

describe('match: the invoice equals the order', () => {
  it.each<[string, TTolerance | undefined, TPromiseEvent[], TOutcomeSummary[]]>([
    ['equal: kept', undefined, [order(100), invoice(100)], [kept()]],
    ['numeric text equals the number', undefined, [order(100), invoice('100.00')], [kept()]],
    [
      'different: broken when the invoice is issued',
      undefined,
      [order(100), invoice(130)],
      [broken()],
    ],
    ['inside an absolute tolerance', { absolute: 0.5 }, [order(100), invoice(100.4)], [kept()]],
    ['outside an absolute tolerance', { absolute: 0.5 }, [order(100), invoice(100.6)], [broken()]],
    [
      'inside a relative tolerance (1 %)',
      { relative: 0.01 },
      [order(100), invoice(100.9)],
      [kept()],
    ],
    [
      'outside a relative tolerance (1 %)',
      { relative: 0.01 },
      [order(100), invoice(101.5)],
      [broken()],
    ],
    [
      'the larger of both tolerances applies',
      { absolute: 0.1, relative: 0.02 },
      [order(100), invoice(101.5)],
      [kept()],
    ],
    ['decimal noise is not a difference', undefined, [order(100.1), invoice(100.1)], [kept()]],
    [
      'an invoice without the value: broken',
      undefined,
      [order(100), invoice(undefined)],
      [broken()],
    ],
    [
      'no invoice yet: open',
      undefined,
      [order(100)],
      [{ key: 'ord_1:o1', status: 'open', end: null, due: null, resolved: null }],
    ],
    ['an order without an amount has nothing to match', undefined, [order(null), invoice(100)], []],
    [
      'the first invoice after the order decides',
      undefined,
      [order(100), invoice(130, 'i1'), invoice(100, 'i2', '2026-03-04T09:00+01:00')],
      [broken('i1')],
    ],
    [
      'an invoice before the order does not count',
      undefined,
      [invoice(100, 'i0', '2026-03-01T09:00+01:00'), order(100)],
      [{ key: 'ord_1:o1', status: 'open', end: null, due: null, resolved: null }],
    ],
    [
      'duplicates count once',
      undefined,
      [order(100), order(100), invoice(100), invoice(100)],
      [kept()],
    ],
  ])('%s', (_name, tolerance, events, expected) => {
    const withTolerance: TMatchRule = tolerance ? { ...rule, tolerance } : rule;
    expect(
      summarize(evaluatePromise(withTolerance, events, { now: new Date(LATER), calendar: BERLIN })),
    ).toEqual(expected);
  });

  it('compares text values exactly', () => {
    const currency: TMatchRule = { ...rule, startValue: 'currency', endValue: 'currency' };
    const events = [
      makeEvent('o1', 'order.placed', ORDERED, {
        attributes: { orderId: 'ord_1', currency: 'EUR' },
      }),
      makeEvent('i1', 'invoice.issued', INVOICED, {
        attributes: { orderId: 'ord_1', currency: 'USD' },
      }),
    ];
    const [outcome] = evaluatePromise(currency, events, { now: new Date(LATER), calendar: null });
    expect(outcome?.status).toBe('broken');
    expect(outcome?.reason).toBe(
      'invoice.issued currency USD differs from order.placed currency EUR',
    );
  });

  describe('with a duration', () => {
    const inTwoDays: TMatchRule = { ...rule, duration: { amount: 2, unit: 'business_days' } };
    const due = iso('2026-03-04T09:00+01:00');
    it.each<[string, TPromiseEvent[], string, TOutcomeSummary]>([
      ['in time and equal: kept', [order(100), invoice(100)], LATER, { ...kept(), due }],
      [
        'no invoice by the deadline: broken',
        [order(100)],
        LATER,
        { key: 'ord_1:o1', status: 'broken', end: null, due, resolved: due },
      ],
      [
        'no invoice, deadline ahead: open',
        [order(100)],
        '2026-03-04T08:00+01:00',
        { key: 'ord_1:o1', status: 'open', end: null, due, resolved: null },
      ],
      [
        'an equal invoice after the deadline: broken',
        [order(100), invoice(100, 'i1', '2026-03-05T09:00+01:00')],
        LATER,
        { key: 'ord_1:o1', status: 'broken', end: 'i1', due, resolved: due },
      ],
    ])('%s', (_name, events, now, expected) => {
      expect(
        summarize(evaluatePromise(inTwoDays, events, { now: new Date(now), calendar: BERLIN })),
      ).toEqual([expected]);
    });
  });

  it('says by how much', () => {
    const [outcome] = evaluatePromise(
      { ...rule, tolerance: { absolute: 0.5 } },
      [order(100), invoice(130)],
      { now: new Date(LATER), calendar: BERLIN },
    );
    expect(outcome?.reason).toBe(
      'invoice.issued attributes.total 130 differs from order.placed amount 100 by 30 (tolerance 0.5)',
    );
    expect(outcome?.evidenceEventIds).toEqual(['o1', 'i1']);
  });
});
