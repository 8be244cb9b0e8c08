import { describe, expect, it } from 'vitest';
import { evaluatePromise } from './evaluate-promise.ts';
import type { TAtMostRule, TPromiseEvent } from './promise-rule.ts';
import { BERLIN, iso, makeEvent, summarize, type TOutcomeSummary } from './test-events.ts';

const rule: TAtMostRule = {
  kind: 'at_most',
  scope: { type: 'case.opened' },
  event: { type: 'case.passed_on' },
  subject: { kind: 'attribute', attribute: 'caseId' },
  max: 2,
};

const opened = (id: string, caseId = 'case_1', at = '2026-03-02T10:00+01:00') =>
  makeEvent(id, 'case.opened', at, { attributes: { caseId } });
const passed = (id: string, day: number, caseId: string | null = 'case_1') =>
  makeEvent(id, 'case.passed_on', `2026-03-${String(day).padStart(2, '0')}T10:00+01:00`, {
    attributes: caseId ? { caseId } : {},
  });

const LATER = '2026-09-01T00:00Z';
const keptSoFar: TOutcomeSummary = {
  key: 'case_1:o1',
  status: 'kept',
  end: null,
  due: null,
  resolved: null,
};
const brokenBy = (end: string, day: number): TOutcomeSummary => ({
  key: 'case_1:o1',
  status: 'broken',
  end,
  due: null,
  resolved: iso(`2026-03-${String(day).padStart(2, '0')}T10:00+01:00`),
});

describe('at_most: never passed on more than twice', () => {
  it.each<[string, TPromiseEvent[], TOutcomeSummary[]]>([
    ['not passed on: kept so far', [opened('o1')], [keptSoFar]],
    ['passed on twice: kept', [opened('o1'), passed('p1', 3), passed('p2', 4)], [keptSoFar]],
    [
      'a third time: broken when it happens',
      [opened('o1'), passed('p1', 3), passed('p2', 4), passed('p3', 5), passed('p4', 6)],
      [brokenBy('p3', 5)],
    ],
    [
      'the order of the input does not matter',
      [passed('p3', 5), passed('p1', 3), opened('o1'), passed('p2', 4)],
      [brokenBy('p3', 5)],
    ],
    [
      'the same pass sent three times counts once',
      [opened('o1'), passed('p1', 3), passed('p1', 3), passed('p1', 3)],
      [keptSoFar],
    ],
    [
      'passes without a case id are ignored',
      [opened('o1'), passed('p1', 3), passed('p2', 4, null), passed('p3', 5, null)],
      [keptSoFar],
    ],
    [
      'each case counts its own passes',
      [
        opened('o1'),
        opened('o2', 'case_2'),
        passed('p1', 3),
        passed('p2', 4, 'case_2'),
        passed('p3', 5, 'case_2'),
      ],
      [keptSoFar, { key: 'case_2:o2', status: 'kept', end: null, due: null, resolved: null }],
    ],
  ])('%s', (_name, events, expected) => {
    expect(
      summarize(evaluatePromise(rule, events, { now: new Date(LATER), calendar: BERLIN })),
    ).toEqual(expected);
  });

  it('with max 0 behaves like never', () => {
    const none: TAtMostRule = { ...rule, max: 0 };
    expect(
      summarize(
        evaluatePromise(none, [opened('o1'), passed('p1', 3)], {
          now: new Date(LATER),
          calendar: BERLIN,
        }),
      ),
    ).toEqual([brokenBy('p1', 3)]);
  });

  it('counts only inside the watch window (5 business days)', () => {
    const week: TAtMostRule = { ...rule, duration: { amount: 5, unit: 'business_days' } };
    const events = [opened('o1'), passed('p1', 3), passed('p2', 6), passed('p3', 10)];
    const due = iso('2026-03-09T10:00+01:00');
    expect(
      summarize(evaluatePromise(week, events, { now: new Date(LATER), calendar: BERLIN })),
    ).toEqual([{ key: 'case_1:o1', status: 'kept', end: null, due, resolved: due }]);
    expect(
      summarize(
        evaluatePromise(week, [opened('o1')], {
          now: new Date('2026-03-05T00:00Z'),
          calendar: BERLIN,
        }),
      ),
    ).toEqual([{ key: 'case_1:o1', status: 'open', end: null, due, resolved: null }]);
  });

  it('keeps every pass as evidence and says how many', () => {
    const events = [opened('o1'), passed('p1', 3), passed('p2', 4), passed('p3', 5)];
    const [outcome] = evaluatePromise(rule, events, { now: new Date(LATER), calendar: BERLIN });
    expect(outcome?.evidenceEventIds).toEqual(['o1', 'p1', 'p2', 'p3']);
    expect(outcome?.reason).toBe('3 × case.passed_on of case.opened, more than the 2 allowed');
  });
});
