import { describe, expect, it } from 'vitest';
import { buildValueChainMap } from './value-chain-map.ts';

const DEPARTMENTS = [
  { id: 'bil', name: 'Billing' },
  { id: 'sal', name: 'Sales' },
  { id: 'mkt', name: 'Marketing' },
  { id: 'fin', name: 'Finance' },
];

describe('buildValueChainMap', () => {
  const map = buildValueChainMap(
    [
      { id: 's1', name: 'Discover', ownerDepartmentIds: ['mkt'] },
      { id: 's2', name: 'Buy', ownerDepartmentIds: ['sal'] },
      { id: 's3', name: 'Pay', ownerDepartmentIds: ['bil', 'sal'] },
    ],
    DEPARTMENTS,
  );

  it('has one column per stage, in order', () => {
    expect(map.stages.map((stage) => stage.name)).toEqual(['Discover', 'Buy', 'Pay']);
  });

  it('has one row per owning department, in the order the customer meets them', () => {
    expect(map.rows).toEqual([
      { departmentId: 'mkt', name: 'Marketing', owned: [true, false, false] },
      { departmentId: 'sal', name: 'Sales', owned: [false, true, true] },
      { departmentId: 'bil', name: 'Billing', owned: [false, false, true] },
    ]);
  });

  it('places each handoff between the rows it connects', () => {
    expect(
      map.handoffs.map(({ afterIndex, fromRows, toRows, continuingRows, kind }) => ({
        afterIndex,
        fromRows,
        toRows,
        continuingRows,
        kind,
      })),
    ).toEqual([
      { afterIndex: 0, fromRows: [0], toRows: [1], continuingRows: [], kind: 'complete' },
      { afterIndex: 1, fromRows: [], toRows: [2], continuingRows: [1], kind: 'partial' },
    ]);
  });

  it('orders departments that start at the same stage by name', () => {
    const shared = buildValueChainMap(
      [{ id: 's1', name: 'Pay', ownerDepartmentIds: ['sal', 'bil'] }],
      DEPARTMENTS,
    );
    expect(shared.rows.map((row) => row.name)).toEqual(['Billing', 'Sales']);
  });

  it('is empty for a chain without stages', () => {
    expect(buildValueChainMap([], DEPARTMENTS)).toEqual({ stages: [], rows: [], handoffs: [] });
  });
});
