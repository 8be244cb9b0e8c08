import type { TValueChainStage } from '@customeric/contracts';

/** A stage being edited; `key` is stable while the stage moves, even before it has an id. */
export interface TStageDraft {
  key: string;
  id?: string;
  name: string;
  description: string | null;
  ownerDepartmentIds: string[];
}

let counter = 0;

export function toDrafts(stages: readonly TValueChainStage[]): TStageDraft[] {
  return stages.map((stage) => ({
    key: stage.id,
    id: stage.id,
    name: stage.name,
    description: stage.description,
    ownerDepartmentIds: [...stage.ownerDepartmentIds],
  }));
}

export function newDraft(): TStageDraft {
  counter += 1;
  return { key: `new-${counter}`, name: '', description: null, ownerDepartmentIds: [] };
}

export function moveDraft(drafts: TStageDraft[], key: string, by: -1 | 1): TStageDraft[] {
  const from = drafts.findIndex((draft) => draft.key === key);
  const to = from + by;
  if (from < 0 || to < 0 || to >= drafts.length) return drafts;
  const next = [...drafts];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

/** Server field errors (`/stages/2/name`) by stage index, for showing them on their row. */
export function errorsByStage(
  errors: readonly { pointer: string; message: string }[] | undefined,
): Map<number, string[]> {
  const byIndex = new Map<number, string[]>();
  for (const error of errors ?? []) {
    const match = /^\/stages\/(\d+)(?:\/(\w+))?/.exec(error.pointer);
    if (!match) continue;
    const index = Number(match[1]);
    const field = match[2] === 'ownerDepartmentIds' ? 'owners' : (match[2] ?? 'stage');
    byIndex.set(index, [...(byIndex.get(index) ?? []), `${field}: ${error.message}`]);
  }
  return byIndex;
}
