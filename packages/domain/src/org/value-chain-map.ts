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
  stages: { id: string; name: string }[];
  rows: TMapRow[];
  handoffs: TMapHandoff[];
}

/**
 * The horizontal map (seed 004): stages left to right, departments top to bottom. Rows are
 * the owning departments in the order the customer meets them (first stage owned, then
 * name), so the journey reads as a staircase from top left to bottom right.
 */
export function buildValueChainMap(
  stages: readonly TMapStage[],
  departments: readonly TMapDepartment[],
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
  }));
  return { stages: stages.map(({ id, name }) => ({ id, name })), rows, handoffs };
}
