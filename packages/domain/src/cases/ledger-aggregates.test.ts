import { describe, expect, it } from 'vitest';
import { computeCaseLedger, type TCaseLedger } from './case-ledger.ts';
import {
  computeHandoffFlows,
  computeHeldTimes,
  rankBouncingHandoffs,
} from './ledger-aggregates.ts';
import { quantile } from './ledger-statistics.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000);

/** A case as its path: `['service', 0, 'billing', 4, 'service', 6]` ends at `end`. */
function ledgerOf(path: (string | number)[], end: number, running = false): TCaseLedger {
  const [opening, ...rest] = path as [string, number, ...(string | number)[]];
  const moves = [];
  let from = opening;
  for (let index = 1; index + 1 < rest.length; index += 2) {
    const to = rest[index + 1] as string;
    moves.push({ fromDepartmentId: from, toDepartmentId: to, at: at(rest[index] as number) });
    from = to;
  }
  return computeCaseLedger({
    openedAt: at(0),
    openingDepartmentId: opening,
    handoffs: moves,
    endAt: at(end),
    running,
  });
}

const ledgers = [
  ledgerOf(['service', 0, 2, 'billing', 5, 'service'], 6),
  ledgerOf(['service', 0, 1, 'billing', 3, 'service'], 4),
  ledgerOf(['service', 0, 4, 'billing'], 40),
  ledgerOf(['service', 0, 1, 'delivery'], 100, true),
  ledgerOf(['billing', 0], 12),
];

describe('quantile', () => {
  it.each([
    [[], 0.5, null],
    [[7], 0.9, 7],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[4, 1, 3, 2], 0.5, 2.5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9.1],
    [[10, 20], 0, 10],
    [[10, 20], 1, 20],
  ] as const)('%j at %s is %s', (values, q, expected) => {
    const result = quantile(values, q);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });
});

describe('computeHandoffFlows', () => {
  it('counts each flow between two departments and its bounces', () => {
    expect(computeHandoffFlows(ledgers)).toEqual([
      { fromDepartmentId: 'service', toDepartmentId: 'billing', count: 3, bounces: 0 },
      { fromDepartmentId: 'billing', toDepartmentId: 'service', count: 2, bounces: 2 },
      { fromDepartmentId: 'service', toDepartmentId: 'delivery', count: 1, bounces: 0 },
    ]);
  });

  it('is empty without handoffs', () => {
    expect(computeHandoffFlows([ledgerOf(['service', 0], 3)])).toEqual([]);
  });
});

describe('computeHeldTimes', () => {
  it('gives median and p90 per hold against each department’s target', () => {
    const held = computeHeldTimes(ledgers, {
      defaultHours: 24,
      byDepartment: new Map([['billing', 8]]),
    });
    // service held the cases 2, 1, 1, 1, 4 and 1 hours; billing 3, 2, 36 and 12
    expect(held).toEqual([
      {
        departmentId: 'service',
        completed: 6,
        running: 0,
        medianHours: 1,
        p90Hours: 3,
        olaHours: 24,
        overOla: 0,
      },
      {
        departmentId: 'billing',
        completed: 4,
        running: 0,
        medianHours: 7.5,
        p90Hours: expect.closeTo(28.8, 9),
        olaHours: 8,
        overOla: 2,
      },
      {
        departmentId: 'delivery',
        completed: 0,
        running: 1,
        medianHours: null,
        p90Hours: null,
        olaHours: 24,
        overOla: 1,
      },
    ]);
  });
});

describe('rankBouncingHandoffs', () => {
  it('ranks the pairs whose cases came straight back', () => {
    expect(rankBouncingHandoffs(ledgers)).toEqual([
      {
        fromDepartmentId: 'service',
        toDepartmentId: 'billing',
        handoffs: 3,
        bouncedBack: 2,
        rate: 2 / 3,
      },
    ]);
  });

  it('puts the higher rate first when bounces are equal, and keeps the limit', () => {
    const more = [
      ...ledgers,
      ledgerOf(['delivery', 0, 1, 'sales', 2, 'delivery'], 3),
      ledgerOf(['delivery', 0, 1, 'sales', 2, 'delivery'], 3),
    ];
    const ranked = rankBouncingHandoffs(more, 2);
    expect(ranked.map((pair) => `${pair.fromDepartmentId}>${pair.toDepartmentId}`)).toEqual([
      'delivery>sales',
      'service>billing',
    ]);
  });
});
