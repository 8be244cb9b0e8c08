import { findManagerCycle } from '@customeric/domain';
import type { TImportIndex, TPlannedRow } from './plan-row.ts';
import type { TRowIssue } from './read-person-row.ts';

/**
 * Managers after the import, keyed by e-mail (new people have no id yet): any loop is an
 * issue on the file's rows that close it.
 */
export function findImportCycles(planned: TPlannedRow[], index: TImportIndex): TRowIssue[] {
  const managerOf = new Map<string, string | null>();
  for (const person of index.byId.values()) {
    const manager = person.managerId ? index.byId.get(person.managerId) : undefined;
    managerOf.set(person.email, manager?.email ?? null);
  }
  const rowOf = new Map<string, number>();
  for (const entry of planned) {
    const operation = entry.create ?? entry.update;
    if (!operation) continue;
    if (entry.create) managerOf.set(operation.email, entry.create.managerEmail);
    else if (entry.update?.managerEmail !== undefined)
      managerOf.set(operation.email, entry.update.managerEmail);
    rowOf.set(operation.email, operation.row);
  }
  const cycle = findManagerCycle(managerOf);
  if (!cycle) return [];
  const loop = cycle.join(' → ');
  return cycle.slice(0, -1).flatMap((email) => {
    const row = rowOf.get(email);
    return row === undefined
      ? []
      : [{ row, column: 'manager_email' as const, message: `makes a loop of managers: ${loop}` }];
  });
}
