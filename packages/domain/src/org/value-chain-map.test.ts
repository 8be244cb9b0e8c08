import { describe, expect, it } from 'vitest';
import { buildValueChainMap, countHandoffBreaches } from './value-chain-map.ts';

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

describe('breaches on the map', () => {
  const stages = [
    { id: 's1', name: 'Discover', ownerDepartmentIds: ['mkt'] },
    { id: 's2', name: 'Buy', ownerDepartmentIds: ['sal'] },
    { id: 's3', name: 'Pay', ownerDepartmentIds: ['bil'] },
  ];

  it('counts a broken promise at every handoff between the stage it started in and the one it was due in', () => {
    const handoffs = [{ afterIndex: 0 }, { afterIndex: 1 }];
    const counts = countHandoffBreaches(['s1', 's2', 's3'], handoffs, [
      { fromStageId: 's1', toStageId: 's3', count: 2 },
      { fromStageId: 's2', toStageId: 's3', count: 5 },
      { fromStageId: 's3', toStageId: 's1', count: 7 },
      { fromStageId: null, toStageId: 's2', count: 9 },
    ]);
    expect(counts).toEqual({ 0: 2, 1: 7 });
  });

  it('places the counts on the stages and handoffs of the map, zero where none were given', () => {
    const map = buildValueChainMap(stages, DEPARTMENTS, {
      byStage: { s3: 4 },
      byHandoff: { 1: 3 },
    });
    expect(map.stages.map((stage) => stage.breaches)).toEqual([0, 0, 4]);
    expect(map.handoffs.map((handoff) => handoff.breaches)).toEqual([0, 3]);
  });
});
