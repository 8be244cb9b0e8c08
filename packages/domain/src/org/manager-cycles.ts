/**
 * Finds a cycle in "reports to" links: person id → manager id (null for the top). Returns
 * the cycle as the ids walked, starting and ending with the same person
 * (`['a', 'b', 'a']`: a reports to b, who reports to a), or null when there is none.
 * Managers missing from the map are treated as the top of their chain.
 */
export function findManagerCycle(managerOf: ReadonlyMap<string, string | null>): string[] | null {
  const settled = new Set<string>();
  for (const start of managerOf.keys()) {
    if (settled.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | null | undefined = start;
    while (current && !settled.has(current)) {
      const seenAt = onPath.get(current);
      if (seenAt !== undefined) return [...path.slice(seenAt), current];
      onPath.set(current, path.length);
      path.push(current);
      current = managerOf.get(current);
    }
    for (const id of path) settled.add(id);
  }
  return null;
}

/** The cycle `person` would close by reporting to `managerId`, or null when the change is safe. */
export function findCycleIfManagerSet(
  managerOf: ReadonlyMap<string, string | null>,
  personId: string,
  managerId: string | null,
): string[] | null {
  if (managerId === null) return null;
  const changed = new Map(managerOf);
  changed.set(personId, managerId);
  const path = [personId];
  let current: string | null | undefined = managerId;
  const seen = new Set<string>([personId]);
  while (current) {
    path.push(current);
    if (current === personId) return path;
    if (seen.has(current)) return null; // an older cycle above: not this change's doing
    seen.add(current);
    current = changed.get(current);
  }
  return null;
}
