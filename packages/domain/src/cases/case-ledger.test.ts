import { describe, expect, it } from 'vitest';
import { computeCaseLedger, type TLedgerHandoff } from './case-ledger.ts';

const T0 = Date.parse('2026-03-02T09:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000);

/** `['service', 'billing', 5]`: service hands to billing 5 hours after opening. */
function handoffs(...moves: [string | null, string, number][]): TLedgerHandoff[] {
  return moves.map(([from, to, hours]) => ({
    fromDepartmentId: from,
    toDepartmentId: to,
    at: at(hours),
  }));
}

interface TRow {
  name: string;
  opening: string | null;
  moves: TLedgerHandoff[];
  end: number;
  running?: boolean;
  held: Record<string, number>;
  handoffCount: number;
  bounceCount: number;
  cameBack: boolean;
}

const rows: TRow[] = [
  {
    name: 'never handed off',
    opening: 'service',
    moves: [],
    end: 10,
    held: { service: 10 },
    handoffCount: 0,
    bounceCount: 0,
    cameBack: false,
  },
  {
    name: 'service → billing, resolved there',
    opening: 'service',
    moves: handoffs(['service', 'billing', 4]),
    end: 30,
    held: { service: 4, billing: 26 },
    handoffCount: 1,
    bounceCount: 0,
    cameBack: false,
  },
  {
    name: 'service → billing → service: one bounce, came back',
    opening: 'service',
    moves: handoffs(['service', 'billing', 2], ['billing', 'service', 8]),
    end: 9,
    held: { service: 3, billing: 6 },
    handoffCount: 2,
    bounceCount: 1,
    cameBack: true,
  },
  {
    name: 'ping-pong: service ↔ billing twice',
    opening: 'service',
    moves: handoffs(
      ['service', 'billing', 1],
      ['billing', 'service', 2],
      ['service', 'billing', 4],
      ['billing', 'service', 7],
    ),
    end: 8,
    held: { service: 4, billing: 4 },
    handoffCount: 4,
    bounceCount: 3,
    cameBack: true,
  },
  {
    name: 'bounced to a middle department, not back to the first',
    opening: 'service',
    moves: handoffs(
      ['service', 'billing', 1],
      ['billing', 'delivery', 2],
      ['delivery', 'billing', 3],
    ),
    end: 5,
    held: { service: 1, billing: 3, delivery: 1 },
    handoffCount: 3,
    bounceCount: 1,
    cameBack: false,
  },
  {
    name: 'opened unplaced, then placed: the placement is no handoff',
    opening: null,
    moves: handoffs([null, 'delivery', 2], ['delivery', 'service', 5]),
    end: 6,
    held: { delivery: 3, service: 1 },
    handoffCount: 1,
    bounceCount: 0,
    cameBack: false,
  },
  {
    name: 'handoffs given out of order are taken in time order',
    opening: 'service',
    moves: handoffs(['billing', 'service', 8], ['service', 'billing', 2]),
    end: 9,
    held: { service: 3, billing: 6 },
    handoffCount: 2,
    bounceCount: 1,
    cameBack: true,
  },
  {
    name: 'still open: the last hold runs until now',
    opening: 'service',
    moves: handoffs(['service', 'delivery', 1]),
    end: 49,
    running: true,
    held: { service: 1, delivery: 48 },
    handoffCount: 1,
    bounceCount: 0,
    cameBack: false,
  },
];

describe('computeCaseLedger', () => {
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    const ledger = computeCaseLedger({
      openedAt: at(0),
      openingDepartmentId: row.opening,
      handoffs: row.moves,
      endAt: at(row.end),
      running: row.running ?? false,
    });
    const held = Object.fromEntries(
      ledger.heldByDepartment.map((entry) => [entry.departmentId, entry.hours]),
    );
    expect(held).toEqual(row.held);
    expect(ledger.handoffCount).toBe(row.handoffCount);
    expect(ledger.bounceCount).toBe(row.bounceCount);
    expect(ledger.cameBack).toBe(row.cameBack);
  });

  it('marks the running hold and the handoff that came straight back', () => {
    const ledger = computeCaseLedger({
      openedAt: at(0),
      openingDepartmentId: 'service',
      handoffs: handoffs(['service', 'billing', 1], ['billing', 'service', 3]),
      endAt: at(5),
      running: true,
    });
    expect(ledger.stints.map((stint) => [stint.departmentId, stint.hours, stint.running])).toEqual([
      ['service', 1, false],
      ['billing', 2, false],
      ['service', 2, true],
    ]);
    expect(ledger.steps.map((step) => [step.isBounce, step.bouncedBack])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(ledger.firstDepartmentId).toBe('service');
  });
});
