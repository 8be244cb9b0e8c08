import type { TProgrammeReason } from './programme-candidates.ts';

export interface TPlanExecutive {
  userId: string;
  departmentId: string | null;
  /** The departments of the cases already assigned to this person this month. */
  assignedDepartments: readonly (string | null)[];
}

export interface TPlanCandidate {
  caseId: string;
  departmentId: string | null;
  score: number;
  reasons: readonly TProgrammeReason[];
}

export interface TPlannedAssignment {
  userId: string;
  caseId: string;
}

export interface TProgrammePlan {
  assignments: TPlannedAssignment[];
  /** Executives who could not be given their whole quota, and how many they lack. */
  short: { userId: string; missing: number }[];
}

interface TSeat {
  executive: TPlanExecutive;
  departments: (string | null)[];
}

/** Never the executive's own department only: an own-department case needs another one first. */
function allowed(seat: TSeat, candidate: TPlanCandidate): boolean {
  const own = seat.executive.departmentId;
  if (own === null || candidate.departmentId !== own) return true;
  return seat.departments.some((department) => department !== own);
}

function pick(seat: TSeat, candidates: readonly TPlanCandidate[], taken: ReadonlySet<string>) {
  const open = candidates.filter((c) => !taken.has(c.caseId) && allowed(seat, c));
  // Spread: a department the executive has not seen this month first, then any other.
  return open.find((c) => !seat.departments.includes(c.departmentId)) ?? open[0] ?? null;
}

/**
 * Gives each executive up to `quota` complaints this month, in rounds so the best complaints
 * are shared out rather than all going to whoever comes first (the first pick of each round
 * rotates). Within a round an executive gets the highest-scoring complaint not yet taken from a
 * department they have not had this month, if there is one; never only cases of their own
 * department; never a case twice. Pure and deterministic for the same input.
 */
export function planProgrammeAssignments(
  executives: readonly TPlanExecutive[],
  candidates: readonly TPlanCandidate[],
  quota: number,
): TProgrammePlan {
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || a.caseId.localeCompare(b.caseId),
  );
  const seats: TSeat[] = [...executives]
    .sort((a, b) => a.userId.localeCompare(b.userId))
    .map((executive) => ({ executive, departments: [...executive.assignedDepartments] }));
  const taken = new Set<string>();
  const assignments: TPlannedAssignment[] = [];
  for (let round = 0; round < quota; round++) {
    for (let turn = 0; turn < seats.length; turn++) {
      const seat = seats[(round + turn) % seats.length] as TSeat;
      if (seat.departments.length >= quota) continue;
      const chosen = pick(seat, ranked, taken);
      if (!chosen) continue;
      taken.add(chosen.caseId);
      seat.departments.push(chosen.departmentId);
      assignments.push({ userId: seat.executive.userId, caseId: chosen.caseId });
    }
  }
  const short = seats
    .map((seat) => ({ userId: seat.executive.userId, missing: quota - seat.departments.length }))
    .filter((entry) => entry.missing > 0);
  return { assignments, short };
}
