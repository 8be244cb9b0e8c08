import { computeBetweenness } from './betweenness.ts';

/** One case as the collaboration graph sees it. */
export interface TCollaborationCase {
  caseId: string;
  /** Every department that held the case. */
  departmentIds: readonly string[];
  /** Everyone who owned it, kept the customer contact, handed it on or received it, or commented. */
  people: readonly string[];
  /** The owner when it was resolved; null while it is not. */
  resolvedBy: string | null;
}

export interface TBridgePerson {
  userId: string;
  betweenness: number;
  /** Betweenness as a share of the other pairs' shortest paths, 0–1. */
  normalized: number;
  /** Cross-department cases the person worked on. */
  crossCases: number;
  /** Cross-department cases the person resolved (owned when resolved). */
  resolvedCrossCases: number;
  /** Departments, other than none, that held the cases they worked on. */
  departmentsReached: number;
}

function tally(cases: readonly TCollaborationCase[]) {
  const people = new Map<string, { cases: number; resolved: number; departments: Set<string> }>();
  for (const item of cases) {
    for (const userId of new Set(item.people)) {
      const entry = people.get(userId) ?? { cases: 0, resolved: 0, departments: new Set<string>() };
      entry.cases += 1;
      for (const department of item.departmentIds) entry.departments.add(department);
      people.set(userId, entry);
    }
    if (item.resolvedBy) {
      const entry = people.get(item.resolvedBy) ?? {
        cases: 1,
        resolved: 0,
        departments: new Set(item.departmentIds),
      };
      entry.resolved += 1;
      people.set(item.resolvedBy, entry);
    }
  }
  return people;
}

/**
 * The people who bridge silos (seed 001), from the cases that crossed departments: everyone who
 * worked on the same such case is joined in a graph, ranked by betweenness (whose work the
 * others' collaboration runs through), then by cross-department cases resolved.
 */
export function rankBridgePeople(cases: readonly TCollaborationCase[]): TBridgePerson[] {
  const crossing = cases.filter((item) => new Set(item.departmentIds).size >= 2);
  const people = tally(crossing);
  const edges: [string, string][] = [];
  for (const item of crossing) {
    const members = [...new Set(item.people)].sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++)
        edges.push([members[i] as string, members[j] as string]);
  }
  const centrality = computeBetweenness({ nodes: [...people.keys()], edges });
  return [...people]
    .map(([userId, entry]) => ({
      userId,
      betweenness: centrality.get(userId)?.raw ?? 0,
      normalized: centrality.get(userId)?.normalized ?? 0,
      crossCases: entry.cases,
      resolvedCrossCases: entry.resolved,
      departmentsReached: entry.departments.size,
    }))
    .sort(
      (a, b) =>
        b.betweenness - a.betweenness ||
        b.resolvedCrossCases - a.resolvedCrossCases ||
        b.crossCases - a.crossCases ||
        a.userId.localeCompare(b.userId),
    );
}
