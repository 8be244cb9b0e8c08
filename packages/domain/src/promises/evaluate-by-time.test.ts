import { describe, expect, it } from 'vitest';
import { evaluatePromise } from './evaluate-promise.ts';
import type { TByTimeRule, TPromiseEvent } from './promise-rule.ts';
import { BERLIN, iso, makeEvent, summarize, type TOutcomeSummary } from './test-events.ts';

const rule: TByTimeRule = {
  kind: 'by_time',
  start: { type: 'delivery.promised' },
  end: { type: 'delivery.completed' },
  subject: { kind: 'attribute', attribute: 'orderId' },
  deadlineAttribute: 'attributes.promisedBy',
};

const promised = (id: string, order: string, promisedBy: unknown) =>
  makeEvent(id, 'delivery.promised', '2026-03-02T09:00+01:00', {
    attributes: { orderId: order, promisedBy },
  });
const delivered = (id: string, order: string | undefined, at: string) =>
  makeEvent(id, 'delivery.completed', at, { attributes: order ? { orderId: order } : {} });

const LATER = '2026-06-01T00:00Z';
const BY_FRIDAY = '2026-03-06T17:00+01:00';

describe('by_time: delivered by the promised time', () => {
  it.each<[string, TPromiseEvent[], string, TOutcomeSummary[]]>([
    [
      'delivered before the promised time: kept',
      [promised('p1', 'ord_1', BY_FRIDAY), delivered('d1', 'ord_1', '2026-03-05T12:00+01:00')],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'kept',
          end: 'd1',
          due: iso(BY_FRIDAY),
          resolved: iso('2026-03-05T12:00+01:00'),
        },
      ],
    ],
    [
      'delivered after it: broken',
      [promised('p1', 'ord_1', BY_FRIDAY), delivered('d1', 'ord_1', '2026-03-07T12:00+01:00')],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'broken',
          end: 'd1',
          due: iso(BY_FRIDAY),
          resolved: iso(BY_FRIDAY),
        },
      ],
    ],
    [
      'not delivered and the time has passed: broken',
      [promised('p1', 'ord_1', BY_FRIDAY)],
      '2026-03-06T17:01+01:00',
      [
        {
          key: 'ord_1:p1',
          status: 'broken',
          end: null,
          due: iso(BY_FRIDAY),
          resolved: iso(BY_FRIDAY),
        },
      ],
    ],
    [
      'not delivered yet, time ahead: open',
      [promised('p1', 'ord_1', BY_FRIDAY)],
      '2026-03-06T16:00+01:00',
      [{ key: 'ord_1:p1', status: 'open', end: null, due: iso(BY_FRIDAY), resolved: null }],
    ],
    [
      'a promised date means by the end of that local day',
      [promised('p1', 'ord_1', '2026-03-06'), delivered('d1', 'ord_1', '2026-03-06T23:30+01:00')],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'kept',
          end: 'd1',
          due: iso('2026-03-06T23:59:59.999+01:00'),
          resolved: iso('2026-03-06T23:30+01:00'),
        },
      ],
    ],
    [
      'a late-arriving delivery that happened in time keeps it',
      [delivered('d1', 'ord_1', '2026-03-04T12:00+01:00'), promised('p1', 'ord_1', BY_FRIDAY)],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'kept',
          end: 'd1',
          due: iso(BY_FRIDAY),
          resolved: iso('2026-03-04T12:00+01:00'),
        },
      ],
    ],
    [
      'duplicates count once',
      [
        promised('p1', 'ord_1', BY_FRIDAY),
        promised('p1', 'ord_1', BY_FRIDAY),
        delivered('d1', 'ord_1', '2026-03-05T12:00+01:00'),
        delivered('d1', 'ord_1', '2026-03-05T12:00+01:00'),
      ],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'kept',
          end: 'd1',
          due: iso(BY_FRIDAY),
          resolved: iso('2026-03-05T12:00+01:00'),
        },
      ],
    ],
    [
      'a delivery of another order does not count',
      [promised('p1', 'ord_1', BY_FRIDAY), delivered('d1', 'ord_2', '2026-03-05T12:00+01:00')],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'broken',
          end: null,
          due: iso(BY_FRIDAY),
          resolved: iso(BY_FRIDAY),
        },
      ],
    ],
    [
      'a delivery without an order id is ignored',
      [promised('p1', 'ord_1', BY_FRIDAY), delivered('d1', undefined, '2026-03-05T12:00+01:00')],
      LATER,
      [
        {
          key: 'ord_1:p1',
          status: 'broken',
          end: null,
          due: iso(BY_FRIDAY),
          resolved: iso(BY_FRIDAY),
        },
      ],
    ],
    [
      'no readable promised time: nothing was promised',
      [promised('p1', 'ord_1', 'soon'), promised('p2', 'ord_2', undefined)],
      LATER,
      [],
    ],
  ])('%s', (_name, events, now, expected) => {
    expect(
      summarize(evaluatePromise(rule, events, { now: new Date(now), calendar: BERLIN })),
    ).toEqual(expected);
  });

  it('says why', () => {
    const [broken] = evaluatePromise(
      rule,
      [promised('p1', 'ord_1', BY_FRIDAY), delivered('d1', 'ord_1', '2026-03-07T12:00+01:00')],
      { now: new Date(LATER), calendar: BERLIN },
    );
    expect(broken?.reason).toBe(
      'delivery.completed only at Sat 2026-03-07 12:00, after the promised Fri 2026-03-06 17:00',
    );
  });
});
