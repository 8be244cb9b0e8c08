import { describe, expect, it } from 'vitest';
import { deriveHandoffs, type THandoff, type TStageOwnership } from './handoffs.ts';

/** Stages written as owner lists: `['sales', 'sales', 'billing']` → s0, s1, s2. */
function stages(...owners: string[][]): TStageOwnership[] {
  return owners.map((ownerDepartmentIds, index) => ({ stageId: `s${index}`, ownerDepartmentIds }));
}

type TSummary = Pick<
  THandoff,
  'afterIndex' | 'fromDepartmentIds' | 'toDepartmentIds' | 'continuingDepartmentIds' | 'kind'
>;

function summarize(handoffs: THandoff[]): TSummary[] {
  return handoffs.map(({ fromStageId: _f, toStageId: _t, ...rest }) => rest);
}

describe('deriveHandoffs', () => {
  it.each<[string, string[][], TSummary[]]>([
    ['no stages', [], []],
    ['one stage', [['sales']], []],
    ['the same owner throughout', [['sales'], ['sales'], ['sales']], []],
    [
      'one silo passes the customer to another',
      [['marketing'], ['sales']],
      [
        {
          afterIndex: 0,
          fromDepartmentIds: ['marketing'],
          toDepartmentIds: ['sales'],
          continuingDepartmentIds: [],
          kind: 'complete',
        },
      ],
    ],
    [
      'three stages, two departments: one handoff where the owner changes',
      [['sales'], ['sales'], ['billing']],
      [
        {
          afterIndex: 1,
          fromDepartmentIds: ['sales'],
          toDepartmentIds: ['billing'],
          continuingDepartmentIds: [],
          kind: 'complete',
        },
      ],
    ],
    [
      'a department joins while another stays: partial',
      [['sales'], ['sales', 'delivery']],
      [
        {
          afterIndex: 0,
          fromDepartmentIds: [],
          toDepartmentIds: ['delivery'],
          continuingDepartmentIds: ['sales'],
          kind: 'partial',
        },
      ],
    ],
    [
      'a department leaves a shared stage: partial',
      [['sales', 'delivery'], ['delivery']],
      [
        {
          afterIndex: 0,
          fromDepartmentIds: ['sales'],
          toDepartmentIds: [],
          continuingDepartmentIds: ['delivery'],
          kind: 'partial',
        },
      ],
    ],
    [
      'the same owners in another order are no handoff',
      [
        ['a', 'b'],
        ['b', 'a'],
      ],
      [],
    ],
    ['a department listed twice counts once', [['a', 'a'], ['a']], []],
    [
      'a stage without owner',
      [['service'], []],
      [
        {
          afterIndex: 0,
          fromDepartmentIds: ['service'],
          toDepartmentIds: [],
          continuingDepartmentIds: [],
          kind: 'unowned',
        },
      ],
    ],
  ])('%s', (_name, owners, expected) => {
    expect(summarize(deriveHandoffs(stages(...owners)))).toEqual(expected);
  });

  it('names the stages on both sides of each handoff, across a whole journey', () => {
    const journey = stages(
      ['marketing'],
      ['sales'],
      ['delivery'],
      ['billing'],
      ['service'],
      ['sales', 'service'],
    );
    const found = deriveHandoffs(journey).map((h) => `${h.fromStageId}→${h.toStageId}`);
    expect(found).toEqual(['s0→s1', 's1→s2', 's2→s3', 's3→s4', 's4→s5']);
  });
});
