import { describe, expect, it } from 'vitest';
import { evaluatePromise } from './evaluate-promise.ts';
import type { TDuration, TNeverRule, TPromiseEvent } from './promise-rule.ts';
import { BERLIN, iso, makeEvent, summarize, type TOutcomeSummary } from './test-events.ts';

const rule: TNeverRule = {
  kind: 'never',
  scope: { type: 'invoice.issued' },
  event: {
    type: 'invoice.corrected',
    where: [{ attribute: 'reason', op: 'neq', value: 'customer request' }],
  },
  subject: { kind: 'customer' },
};

const issued = (id: string, at: string) => makeEvent(id, 'invoice.issued', at);
const corrected = (id: string, at: string, reason = 'wrong price') =>
  makeEvent(id, 'invoice.corrected', at, { attributes: { reason } });

const MAR_2 = '2026-03-02T10:00+01:00';
const LATER = '2026-09-01T00:00Z';
const keptSoFar = (key: string): TOutcomeSummary => ({
  key,
  status: 'kept',
  end: null,
  due: null,
  resolved: null,
});

describe('never: no billing goof-ups after an invoice', () => {
  it.each<[string, TPromiseEvent[], TOutcomeSummary[]]>([
    ['no correction: kept so far', [issued('i1', MAR_2)], [keptSoFar('cus_1:i1')]],
    [
      'a correction after the invoice: broken when it happens',
      [issued('i1', MAR_2), corrected('x1', '2026-03-05T10:00+01:00')],
      [
        {
          key: 'cus_1:i1',
          status: 'broken',
          end: 'x1',
          due: null,
          resolved: iso('2026-03-05T10:00+01:00'),
        },
      ],
    ],
    [
      'a correction before the invoice does not count',
      [corrected('x1', '2026-03-01T10:00+01:00'), issued('i1', MAR_2)],
      [keptSoFar('cus_1:i1')],
    ],
    [
      'a correction is charged to the latest invoice only',
      [
        issued('i1', MAR_2),
        issued('i2', '2026-03-10T10:00+01:00'),
        corrected('x1', '2026-03-12T10:00+01:00'),
      ],
      [
        keptSoFar('cus_1:i1'),
        {
          key: 'cus_1:i2',
          status: 'broken',
          end: 'x1',
          due: null,
          resolved: iso('2026-03-12T10:00+01:00'),
        },
      ],
    ],
    [
      'a correction the customer asked for fails the where condition',
      [issued('i1', MAR_2), corrected('x1', '2026-03-05T10:00+01:00', 'customer request')],
      [keptSoFar('cus_1:i1')],
    ],
    [
      'duplicates count once',
      [
        issued('i1', MAR_2),
        issued('i1', MAR_2),
        corrected('x1', '2026-03-05T10:00+01:00'),
        corrected('x1', '2026-03-05T10:00+01:00'),
      ],
      [
        {
          key: 'cus_1:i1',
          status: 'broken',
          end: 'x1',
          due: null,
          resolved: iso('2026-03-05T10:00+01:00'),
        },
      ],
    ],
    [
      "another customer's correction does not count",
      [issued('i1', MAR_2), { ...corrected('x1', '2026-03-05T10:00+01:00'), customerId: 'cus_2' }],
      [keptSoFar('cus_1:i1')],
    ],
  ])('%s', (_name, events, expected) => {
    expect(
      summarize(evaluatePromise(rule, events, { now: new Date(LATER), calendar: BERLIN })),
    ).toEqual(expected);
  });

  describe('with a watch window of 30 days', () => {
    const window: TDuration = { amount: 30, unit: 'days' };
    const watched: TNeverRule = { ...rule, duration: window };
    const due = iso('2026-04-01T10:00+02:00');
    it.each<[string, TPromiseEvent[], string, TOutcomeSummary]>([
      [
        'nothing within the window, window over: kept at its end',
        [issued('i1', MAR_2)],
        LATER,
        { key: 'cus_1:i1', status: 'kept', end: null, due, resolved: due },
      ],
      [
        'nothing yet, window still running: open',
        [issued('i1', MAR_2)],
        '2026-03-20T00:00Z',
        { key: 'cus_1:i1', status: 'open', end: null, due, resolved: null },
      ],
      [
        'a correction after the window does not count',
        [issued('i1', MAR_2), corrected('x1', '2026-04-10T10:00+02:00')],
        LATER,
        { key: 'cus_1:i1', status: 'kept', end: null, due, resolved: due },
      ],
      [
        'a correction inside the window breaks it at once',
        [issued('i1', MAR_2), corrected('x1', '2026-03-20T10:00+01:00')],
        '2026-03-21T00:00Z',
        {
          key: 'cus_1:i1',
          status: 'broken',
          end: 'x1',
          due,
          resolved: iso('2026-03-20T10:00+01:00'),
        },
      ],
    ])('%s', (_name, events, now, expected) => {
      expect(
        summarize(evaluatePromise(watched, events, { now: new Date(now), calendar: BERLIN })),
      ).toEqual([expected]);
    });
  });

  it('says what happened', () => {
    const [outcome] = evaluatePromise(
      rule,
      [issued('i1', MAR_2), corrected('x1', '2026-03-05T10:00+01:00')],
      { now: new Date(LATER), calendar: BERLIN },
    );
    expect(outcome?.reason).toBe(
      'invoice.corrected at Thu 2026-03-05 10:00, after invoice.issued at Mon 2026-03-02 10:00',
    );
    expect(outcome?.evidenceEventIds).toEqual(['i1', 'x1']);
  });

  it('charges an event that is also a scope event to the scope before it', () => {
    const anyInvoice: TNeverRule = {
      kind: 'never',
      scope: { type: 'invoice.*' },
      event: { type: 'invoice.corrected' },
      subject: { kind: 'customer' },
    };
    const outcomes = evaluatePromise(
      anyInvoice,
      [issued('i1', MAR_2), corrected('x1', '2026-03-05T10:00+01:00')],
      { now: new Date(LATER), calendar: null },
    );
    expect(summarize(outcomes).map(({ key, status }) => [key, status])).toEqual([
      ['cus_1:i1', 'broken'],
      ['cus_1:x1', 'kept'],
    ]);
  });
});
