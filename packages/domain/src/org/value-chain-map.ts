import { deriveHandoffs, type THandoff } from './handoffs.ts';

export interface TMapStage {
  id: string;
  name: string;
  ownerDepartmentIds: readonly string[];
}

export interface TMapDepartment {
  id: string;
  name: string;
}

export interface TMapRow {
  departmentId: string;
  name: string;
  /** One per stage, in stage order: does this department own the stage? */
  owned: boolean[];
}

/** A handoff placed on the grid: the rows of its departments, by role. */
export interface TMapHandoff extends THandoff {
  fromRows: number[];
  toRows: number[];
  continuingRows: number[];
}

export interface TValueChainMap {
  /** `breaches`: broken promises placed on the stage (0 when none were given). */
  stages: { id: string; name: string; breaches: number }[];
  rows: TMapRow[];
  handoffs: (TMapHandoff & { breaches: number })[];
}

/** Broken promises to place on the map: per stage id, and per handoff (by afterIndex). */
export interface TMapBreaches {
  byStage: Readonly<Record<string, number>>;
  byHandoff: Readonly<Record<number, number>>;
}

/**
 * Breaches across handoffs: a promise that started in one stage (its first event) and was
 * due in a later one crossed every handoff between the two; it counts at each of them.
 */
export function countHandoffBreaches(
  stageIds: readonly string[],
  handoffs: readonly Pick<THandoff, 'afterIndex'>[],
  spans: readonly { fromStageId: string | null; toStageId: string | null; count: number }[],
): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const handoff of handoffs) counts[handoff.afterIndex] = 0;
  for (const span of spans) {
    const from = span.fromStageId ? stageIds.indexOf(span.fromStageId) : -1;
    const to = span.toStageId ? stageIds.indexOf(span.toStageId) : -1;
    if (from < 0 || to <= from) continue;
    for (const handoff of handoffs)
      if (handoff.afterIndex >= from && handoff.afterIndex < to)
        counts[handoff.afterIndex] = (counts[handoff.afterIndex] ?? 0) + span.count;
  }
  return counts;
}

/**
 * The horizontal map (seed 004): stages left to right, departments top to bottom. Rows are
 * the owning departments in the order the customer meets them (first stage owned, then
 * name), so the journey reads as a staircase from top left to bottom right.
 */
export function buildValueChainMap(
  stages: readonly TMapStage[],
  departments: readonly TMapDepartment[],
  breaches?: TMapBreaches,
): TValueChainMap {
  const nameOf = new Map(departments.map((department) => [department.id, department.name]));
  const firstStage = new Map<string, number>();
  stages.forEach((stage, index) => {
    for (const id of stage.ownerDepartmentIds) if (!firstStage.has(id)) firstStage.set(id, index);
  });
  const rowIds = [...firstStage.keys()].sort(
    (a, b) =>
      (firstStage.get(a) as number) - (firstStage.get(b) as number) ||
      (nameOf.get(a) ?? a).localeCompare(nameOf.get(b) ?? b),
  );
  const rows = rowIds.map((departmentId) => ({
    departmentId,
    name: nameOf.get(departmentId) ?? departmentId,
    owned: stages.map((stage) => stage.ownerDepartmentIds.includes(departmentId)),
  }));
  const rowOf = (id: string) => rowIds.indexOf(id);
  const handoffs = deriveHandoffs(
    stages.map((stage) => ({ stageId: stage.id, ownerDepartmentIds: stage.ownerDepartmentIds })),
  ).map((handoff) => ({
    ...handoff,
    fromRows: handoff.fromDepartmentIds.map(rowOf),
    toRows: handoff.toDepartmentIds.map(rowOf),
    continuingRows: handoff.continuingDepartmentIds.map(rowOf),
    breaches: breaches?.byHandoff[handoff.afterIndex] ?? 0,
  }));
  return {
    stages: stages.map(({ id, name }) => ({ id, name, breaches: breaches?.byStage[id] ?? 0 })),
    rows,
    handoffs,
  };
}
