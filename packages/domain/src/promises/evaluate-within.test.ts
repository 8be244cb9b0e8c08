import { describe, expect, it } from 'vitest';
import { evaluatePromise, evaluateSubject } from './evaluate-promise.ts';
import type { TPromiseEvent, TWithinRule } from './promise-rule.ts';
import { BERLIN, iso, makeEvent, summarize, type TOutcomeSummary } from './test-events.ts';

const rule: TWithinRule = {
  kind: 'within',
  start: { type: 'complaint.received' },
  end: { type: 'support.*', where: [{ attribute: 'channel', op: 'neq', value: 'auto-reply' }] },
  subject: { kind: 'customer' },
  duration: { amount: 4, unit: 'business_hours' },
};

const complaint = (id: string, at: string, customerId = 'cus_1') =>
  makeEvent(id, 'complaint.received', at, { customerId });
const answer = (id: string, at: string, extra: { customerId?: string; channel?: string } = {}) =>
  makeEvent(id, 'support.replied', at, {
    customerId: extra.customerId ?? 'cus_1',
    attributes: { channel: extra.channel ?? 'email' },
  });

const LATER = '2026-06-01T00:00Z';
const TUE_10 = '2026-03-03T10:00+01:00';
const DUE_TUE_14 = iso('2026-03-03T14:00+01:00');

function outcome(
  key: string,
  status: TOutcomeSummary['status'],
  end: string | null,
  due: string,
  resolved: string | null,
): TOutcomeSummary {
  return { key, status, end, due, resolved };
}

describe('within: an answer within 4 business hours of a complaint', () => {
  it.each<[string, TPromiseEvent[], string, TOutcomeSummary[]]>([
    [
      'answered in time: kept',
      [complaint('c1', TUE_10), answer('a1', '2026-03-03T12:00+01:00')],
      LATER,
      [outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, iso('2026-03-03T12:00+01:00'))],
    ],
    [
      'answered exactly at the deadline: kept',
      [complaint('c1', TUE_10), answer('a1', '2026-03-03T14:00+01:00')],
      LATER,
      [outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, DUE_TUE_14)],
    ],
    [
      'answered too late: broken at the deadline, the answer is evidence',
      [complaint('c1', TUE_10), answer('a1', '2026-03-03T15:00+01:00')],
      LATER,
      [outcome('cus_1:c1', 'broken', 'a1', DUE_TUE_14, DUE_TUE_14)],
    ],
    [
      'no answer and the deadline has passed: broken',
      [complaint('c1', TUE_10)],
      '2026-03-03T14:01+01:00',
      [outcome('cus_1:c1', 'broken', null, DUE_TUE_14, DUE_TUE_14)],
    ],
    [
      'no answer yet, deadline ahead: open',
      [complaint('c1', TUE_10)],
      '2026-03-03T13:59+01:00',
      [outcome('cus_1:c1', 'open', null, DUE_TUE_14, null)],
    ],
    [
      'a late-arriving answer that occurred in time keeps it',
      [
        answer('a1', '2026-03-03T11:00+01:00'),
        complaint('c2', '2026-03-04T10:00+01:00'),
        complaint('c1', TUE_10),
      ],
      LATER,
      [
        outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, iso('2026-03-03T11:00+01:00')),
        outcome(
          'cus_1:c2',
          'broken',
          null,
          iso('2026-03-04T14:00+01:00'),
          iso('2026-03-04T14:00+01:00'),
        ),
      ],
    ],
    [
      'over the weekend in business hours: Friday 16:00 is due Monday 12:00',
      [complaint('c1', '2026-03-06T16:00+01:00'), answer('a1', '2026-03-09T11:30+01:00')],
      LATER,
      [
        outcome(
          'cus_1:c1',
          'kept',
          'a1',
          iso('2026-03-09T12:00+01:00'),
          iso('2026-03-09T11:30+01:00'),
        ),
      ],
    ],
    [
      'an answer before the complaint does not count',
      [answer('a0', '2026-03-03T09:30+01:00'), complaint('c1', TUE_10)],
      LATER,
      [outcome('cus_1:c1', 'broken', null, DUE_TUE_14, DUE_TUE_14)],
    ],
    [
      'one answer meets two waiting complaints',
      [
        complaint('c1', TUE_10),
        complaint('c2', '2026-03-03T11:00+01:00'),
        answer('a1', '2026-03-03T12:00+01:00'),
      ],
      LATER,
      [
        outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, iso('2026-03-03T12:00+01:00')),
        outcome(
          'cus_1:c2',
          'kept',
          'a1',
          iso('2026-03-03T15:00+01:00'),
          iso('2026-03-03T12:00+01:00'),
        ),
      ],
    ],
    [
      'duplicates count once',
      [
        complaint('c1', TUE_10),
        complaint('c1', TUE_10),
        answer('a1', '2026-03-03T12:00+01:00'),
        answer('a1', '2026-03-03T12:00+01:00'),
      ],
      LATER,
      [outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, iso('2026-03-03T12:00+01:00'))],
    ],
    [
      'an answer to another customer does not count',
      [complaint('c1', TUE_10), answer('a1', '2026-03-03T12:00+01:00', { customerId: 'cus_2' })],
      LATER,
      [outcome('cus_1:c1', 'broken', null, DUE_TUE_14, DUE_TUE_14)],
    ],
    [
      'the prefix matcher takes any support.* event',
      [
        complaint('c1', TUE_10),
        makeEvent('a1', 'support.called', '2026-03-03T12:00+01:00', {
          attributes: { channel: 'phone' },
        }),
      ],
      LATER,
      [outcome('cus_1:c1', 'kept', 'a1', DUE_TUE_14, iso('2026-03-03T12:00+01:00'))],
    ],
    [
      'an auto-reply fails the where condition and does not count',
      [
        complaint('c1', TUE_10),
        answer('a1', '2026-03-03T10:01+01:00', { channel: 'auto-reply' }),
        answer('a2', '2026-03-03T13:00+01:00'),
      ],
      LATER,
      [outcome('cus_1:c1', 'kept', 'a2', DUE_TUE_14, iso('2026-03-03T13:00+01:00'))],
    ],
    [
      'events that match neither side are ignored',
      [complaint('c1', TUE_10), makeEvent('o1', 'order.placed', '2026-03-03T11:00+01:00')],
      LATER,
      [outcome('cus_1:c1', 'broken', null, DUE_TUE_14, DUE_TUE_14)],
    ],
  ])('%s', (_name, events, now, expected) => {
    expect(
      summarize(evaluatePromise(rule, events, { now: new Date(now), calendar: BERLIN })),
    ).toEqual(expected);
  });

  it('ignores events without a subject', () => {
    const byCase: TWithinRule = { ...rule, subject: { kind: 'attribute', attribute: 'caseId' } };
    const events = [
      makeEvent('c1', 'complaint.received', TUE_10, { attributes: { caseId: 'case_1' } }),
      makeEvent('a1', 'support.replied', '2026-03-03T11:00+01:00', {
        attributes: { channel: 'email' },
      }),
      makeEvent('c2', 'complaint.received', TUE_10),
    ];
    const outcomes = evaluateSubject(byCase, events, { now: new Date(LATER), calendar: BERLIN });
    expect(summarize(outcomes)).toEqual([
      outcome('case_1:c1', 'broken', null, DUE_TUE_14, DUE_TUE_14),
    ]);
  });

  it('says why, in local time', () => {
    const [kept] = evaluatePromise(
      rule,
      [complaint('c1', TUE_10), answer('a1', '2026-03-03T12:00+01:00')],
      { now: new Date(LATER), calendar: BERLIN },
    );
    const [missed] = evaluatePromise(rule, [complaint('c1', TUE_10)], {
      now: new Date(LATER),
      calendar: BERLIN,
    });
    expect(kept?.reason).toBe(
      'support.replied at Tue 2026-03-03 12:00, within 4 business hours of complaint.received (due Tue 2026-03-03 14:00)',
    );
    expect(missed?.reason).toBe(
      'No support.* within 4 business hours of complaint.received (due Tue 2026-03-03 14:00)',
    );
    expect(missed?.evidenceEventIds).toEqual(['c1']);
    expect(kept?.evidenceEventIds).toEqual(['c1', 'a1']);
    expect(kept?.customerId).toBe('cus_1');
  });

  it('works in calendar hours without a calendar', () => {
    const inHours: TWithinRule = { ...rule, duration: { amount: 2, unit: 'hours' } };
    const [result] = evaluatePromise(inHours, [complaint('c1', '2026-03-07T10:00Z')], {
      now: new Date(LATER),
      calendar: null,
    });
    expect(result?.dueAt?.toISOString()).toBe('2026-03-07T12:00:00.000Z');
    expect(result?.reason).toContain('(due Sat 2026-03-07 12:00 UTC)');
  });
});
