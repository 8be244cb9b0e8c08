/** A stage of a value chain with the departments that own it, in journey order. */
export interface TStageOwnership {
  stageId: string;
  ownerDepartmentIds: readonly string[];
}

/**
 * `complete`: no department stays with the customer across the gap; `partial`: at least one
 * does while others join or leave; `unowned`: one side has no owner at all.
 */
export type THandoffKind = 'complete' | 'partial' | 'unowned';

/** A point where the owning department changes between two consecutive stages (seed 004). */
export interface THandoff {
  /** The gap after stage number `afterIndex` (0-based) of the chain. */
  afterIndex: number;
  fromStageId: string;
  toStageId: string;
  /** Owners of the earlier stage who do not own the next one: they hand the customer over. */
  fromDepartmentIds: string[];
  /** Owners of the next stage who did not own the earlier one: they take the customer on. */
  toDepartmentIds: string[];
  /** Departments that own both stages. */
  continuingDepartmentIds: string[];
  kind: THandoffKind;
}

function uniqueInOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function classify(from: string[], to: string[], continuing: string[]): THandoffKind {
  if (from.length + continuing.length === 0 || to.length + continuing.length === 0)
    return 'unowned';
  return continuing.length > 0 ? 'partial' : 'complete';
}

/** Compares the owners of each pair of consecutive stages; equal sets are no handoff. */
export function deriveHandoffs(stages: readonly TStageOwnership[]): THandoff[] {
  const handoffs: THandoff[] = [];
  for (let index = 0; index + 1 < stages.length; index++) {
    const earlier = stages[index] as TStageOwnership;
    const later = stages[index + 1] as TStageOwnership;
    const before = uniqueInOrder(earlier.ownerDepartmentIds);
    const after = uniqueInOrder(later.ownerDepartmentIds);
    const fromDepartmentIds = before.filter((id) => !after.includes(id));
    const toDepartmentIds = after.filter((id) => !before.includes(id));
    if (fromDepartmentIds.length === 0 && toDepartmentIds.length === 0) continue;
    const continuingDepartmentIds = before.filter((id) => after.includes(id));
    handoffs.push({
      afterIndex: index,
      fromStageId: earlier.stageId,
      toStageId: later.stageId,
      fromDepartmentIds,
      toDepartmentIds,
      continuingDepartmentIds,
      kind: classify(fromDepartmentIds, toDepartmentIds, continuingDepartmentIds),
    });
  }
  return handoffs;
}
