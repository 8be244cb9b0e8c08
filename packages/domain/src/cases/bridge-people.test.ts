import { describe, expect, it } from 'vitest';
import { rankBridgePeople, type TCollaborationCase } from './bridge-people.ts';

const crossing = (
  caseId: string,
  people: string[],
  resolvedBy: string | null = null,
): TCollaborationCase => ({
  caseId,
  departmentIds: ['service', 'billing'],
  people,
  resolvedBy,
});

describe('bridge people', () => {
  it('ranks the person the others’ collaboration runs through first', () => {
    // Service agents (ana, ben) and billers (cat, dan) only ever meet through eve.
    const ranked = rankBridgePeople([
      crossing('c1', ['ana', 'eve']),
      crossing('c2', ['ben', 'eve'], 'eve'),
      crossing('c3', ['eve', 'cat']),
      crossing('c4', ['eve', 'dan'], 'dan'),
    ]);
    expect(ranked[0]).toMatchObject({
      userId: 'eve',
      betweenness: 6,
      normalized: 1,
      crossCases: 4,
      resolvedCrossCases: 1,
    });
    expect(ranked.slice(1).map((person) => [person.userId, person.betweenness])).toEqual([
      ['dan', 0],
      ['ana', 0],
      ['ben', 0],
      ['cat', 0],
    ]);
  });

  it('leaves out cases that stayed in one department', () => {
    const ranked = rankBridgePeople([
      { caseId: 'c1', departmentIds: ['service'], people: ['ana', 'ben'], resolvedBy: 'ana' },
      {
        caseId: 'c2',
        departmentIds: ['service', 'service'],
        people: ['ana', 'cat'],
        resolvedBy: null,
      },
    ]);
    expect(ranked).toEqual([]);
  });

  it('counts the departments a person reached', () => {
    const ranked = rankBridgePeople([
      { caseId: 'c1', departmentIds: ['service', 'billing'], people: ['ana'], resolvedBy: 'ana' },
      { caseId: 'c2', departmentIds: ['service', 'delivery'], people: ['ana'], resolvedBy: null },
    ]);
    expect(ranked).toEqual([
      {
        userId: 'ana',
        betweenness: 0,
        normalized: 0,
        crossCases: 2,
        resolvedCrossCases: 1,
        departmentsReached: 3,
      },
    ]);
  });
});
