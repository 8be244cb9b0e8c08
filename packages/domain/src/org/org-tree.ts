export interface TTreePerson {
  id: string;
  name: string;
  managerId: string | null;
}

export interface TOrgTreeNode<T extends TTreePerson> {
  person: T;
  reports: TOrgTreeNode<T>[];
}

function byName<T extends TTreePerson>(a: TOrgTreeNode<T>, b: TOrgTreeNode<T>): number {
  return a.person.name.localeCompare(b.person.name) || a.person.id.localeCompare(b.person.id);
}

/**
 * The reporting tree: roots are people without a manager (or whose manager is not among
 * `people`), reports sorted by name. Nobody is lost: should stored data ever hold a loop,
 * the loop's first person (by name) becomes a root there.
 */
export function buildOrgTree<T extends TTreePerson>(people: readonly T[]): TOrgTreeNode<T>[] {
  const nodes = new Map(
    people.map((person) => [person.id, { person, reports: [] as TOrgTreeNode<T>[] }]),
  );
  const roots: TOrgTreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const manager = node.person.managerId ? nodes.get(node.person.managerId) : undefined;
    if (manager && manager !== node) manager.reports.push(node);
    else roots.push(node);
  }
  const reached = new Set<string>();
  const visit = (node: TOrgTreeNode<T>) => {
    reached.add(node.person.id);
    node.reports.sort(byName);
    for (const report of node.reports) if (!reached.has(report.person.id)) visit(report);
  };
  roots.sort(byName).forEach(visit);
  const stranded = [...nodes.values()].filter((node) => !reached.has(node.person.id)).sort(byName);
  for (const node of stranded) {
    if (reached.has(node.person.id)) continue;
    const manager = node.person.managerId ? nodes.get(node.person.managerId) : undefined;
    if (manager) manager.reports = manager.reports.filter((report) => report !== node);
    roots.push(node);
    visit(node);
  }
  return roots;
}

/** How many people report to this node, directly or not. */
export function countReports<T extends TTreePerson>(node: TOrgTreeNode<T>): number {
  return node.reports.reduce((sum, report) => sum + 1 + countReports(report), 0);
}
