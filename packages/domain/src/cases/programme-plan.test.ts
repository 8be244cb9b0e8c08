import { describe, expect, it } from 'vitest';
import { createRandom } from '../random/seeded-random.ts';
import { scoreProgrammeCandidate } from './programme-candidates.ts';
import { assignmentDueAt, monthOf, shiftMonth } from './programme-months.ts';
import {
  planProgrammeAssignments,
  type TPlanCandidate,
  type TPlanExecutive,
} from './programme-plan.ts';

const candidate = (caseId: string, departmentId: string | null, score: number): TPlanCandidate => ({
  caseId,
  departmentId,
  score,
  reasons: ['broken_promise'],
});
const executive = (
  userId: string,
  departmentId: string | null,
  assigned: (string | null)[] = [],
): TPlanExecutive => ({
  userId,
  departmentId,
  assignedDepartments: assigned,
});

describe('scoring complaints for the executive programme', () => {
  it('names each rule that holds and leaves out cases no rule picks', () => {
    expect(
      scoreProgrammeCandidate({
        valuePercentile: 0.9,
        contacts: 4,
        brokenPromises: 2,
        priority: 'urgent',
      }),
    ).toEqual({
      score: 1 + 3.9 + 2.5 + 2.5,
      reasons: ['high_value', 'repeated_contact', 'broken_promise'],
    });
    expect(
      scoreProgrammeCandidate({
        valuePercentile: 0.5,
        contacts: 2,
        brokenPromises: 0,
        priority: 'high',
      }),
    ).toBeNull();
  });

  it('caps how much one rule can weigh', () => {
    const many = scoreProgrammeCandidate({
      valuePercentile: 0,
      contacts: 50,
      brokenPromises: 0,
      priority: 'normal',
    });
    expect(many).toEqual({ score: 3.5, reasons: ['repeated_contact'] });
  });
});

describe('planning the month', () => {
  it('gives each executive the quota, the best complaints shared out in rounds', () => {
    const plan = planProgrammeAssignments(
      [executive('ana', 'sales'), executive('ben', 'billing')],
      [
        candidate('c1', 'service', 9),
        candidate('c2', 'delivery', 8),
        candidate('c3', 'product', 7),
        candidate('c4', 'marketing', 6),
      ],
      2,
    );
    expect(plan.assignments).toEqual([
      { userId: 'ana', caseId: 'c1' },
      { userId: 'ben', caseId: 'c2' },
      { userId: 'ben', caseId: 'c3' },
      { userId: 'ana', caseId: 'c4' },
    ]);
    expect(plan.short).toEqual([]);
  });

  it('never gives an executive only their own department’s complaints', () => {
    const plan = planProgrammeAssignments(
      [executive('ana', 'billing')],
      [candidate('b1', 'billing', 9), candidate('b2', 'billing', 8), candidate('s1', 'service', 1)],
      2,
    );
    // The best complaints are Billing's own; one comes only after one from elsewhere.
    expect(plan.assignments.map((a) => a.caseId)).toEqual(['s1', 'b1']);
    const ownOnly = planProgrammeAssignments(
      [executive('ana', 'billing')],
      [candidate('b1', 'billing', 9)],
      1,
    );
    expect(ownOnly).toEqual({ assignments: [], short: [{ userId: 'ana', missing: 1 }] });
  });

  it('spreads an executive’s complaints over departments before repeating one', () => {
    const plan = planProgrammeAssignments(
      [executive('ana', null)],
      [
        candidate('s1', 'service', 9),
        candidate('s2', 'service', 8),
        candidate('d1', 'delivery', 1),
      ],
      2,
    );
    expect(plan.assignments.map((a) => a.caseId)).toEqual(['s1', 'd1']);
  });

  it('tops up to the quota only: what is already assigned this month counts', () => {
    const plan = planProgrammeAssignments(
      [
        executive('ana', 'sales', ['service', 'billing']),
        executive('ben', 'sales', ['service', 'billing', 'delivery']),
      ],
      [candidate('c1', 'product', 5), candidate('c2', 'product', 4)],
      3,
    );
    expect(plan.assignments).toEqual([{ userId: 'ana', caseId: 'c1' }]);
  });

  it('holds for random months: quota, no case twice, never own department only', () => {
    const random = createRandom(7);
    const departments = ['sales', 'billing', 'service', 'delivery', null];
    for (let trial = 0; trial < 200; trial++) {
      const executives = Array.from({ length: random.int(1, 5) }, (_, index) =>
        executive(`e${index}`, random.pick(departments)),
      );
      const candidates = Array.from({ length: random.int(0, 20) }, (_, index) =>
        candidate(`c${index}`, random.pick(departments), random.int(1, 100)),
      );
      const quota = random.int(1, 4);
      const { assignments } = planProgrammeAssignments(executives, candidates, quota);
      expect(new Set(assignments.map((a) => a.caseId)).size).toBe(assignments.length);
      for (const person of executives) {
        const mine = assignments.filter((a) => a.userId === person.userId);
        expect(mine.length).toBeLessThanOrEqual(quota);
        const own = mine.filter(
          (a) =>
            candidates.find((c) => c.caseId === a.caseId)?.departmentId === person.departmentId,
        );
        if (person.departmentId !== null && mine.length > 0)
          expect(own.length).toBeLessThan(mine.length);
      }
    }
  });
});

describe('programme months', () => {
  it('is due at the end of the month, but never in less than a week', () => {
    expect(monthOf(new Date('2026-03-17T10:00:00Z'))).toBe('2026-03-01');
    expect(shiftMonth('2026-01-01', -2)).toBe('2025-11-01');
    expect(assignmentDueAt('2026-03-01', new Date('2026-03-02T08:00:00Z'))).toEqual(
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(assignmentDueAt('2026-03-01', new Date('2026-03-28T08:00:00Z'))).toEqual(
      new Date('2026-04-04T08:00:00Z'),
    );
  });
});
