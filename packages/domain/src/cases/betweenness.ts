/** An undirected, unweighted graph: its nodes and the pairs that are joined. */
export interface TGraph {
  nodes: readonly string[];
  edges: readonly (readonly [string, string])[];
}

export interface TBetweenness {
  /** Shortest paths between other pairs that pass through the node (each pair counted once). */
  raw: number;
  /** raw / ((n − 1)(n − 2) / 2): the share of all other pairs' paths; 0 for graphs under 3 nodes. */
  normalized: number;
}

function adjacency(graph: TGraph): Map<string, string[]> {
  const neighbours = new Map<string, Set<string>>(graph.nodes.map((node) => [node, new Set()]));
  for (const [a, b] of graph.edges) {
    if (a === b) continue;
    if (!neighbours.has(a)) neighbours.set(a, new Set());
    if (!neighbours.has(b)) neighbours.set(b, new Set());
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  }
  return new Map([...neighbours].map(([node, set]) => [node, [...set].sort()]));
}

/** One source of Brandes' algorithm: a breadth-first search, then dependencies back up it. */
function accumulate(
  source: string,
  neighbours: Map<string, string[]>,
  scores: Map<string, number>,
) {
  const stack: string[] = [];
  const predecessors = new Map<string, string[]>();
  const paths = new Map<string, number>([[source, 1]]);
  const distance = new Map<string, number>([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as string;
    stack.push(node);
    for (const next of neighbours.get(node) ?? []) {
      if (!distance.has(next)) {
        distance.set(next, (distance.get(node) ?? 0) + 1);
        queue.push(next);
      }
      if (distance.get(next) === (distance.get(node) ?? 0) + 1) {
        paths.set(next, (paths.get(next) ?? 0) + (paths.get(node) ?? 0));
        predecessors.set(next, [...(predecessors.get(next) ?? []), node]);
      }
    }
  }
  const dependency = new Map<string, number>();
  while (stack.length > 0) {
    const node = stack.pop() as string;
    for (const before of predecessors.get(node) ?? []) {
      const share =
        ((paths.get(before) ?? 0) / (paths.get(node) ?? 1)) * (1 + (dependency.get(node) ?? 0));
      dependency.set(before, (dependency.get(before) ?? 0) + share);
    }
    if (node !== source) scores.set(node, (scores.get(node) ?? 0) + (dependency.get(node) ?? 0));
  }
}

/**
 * Betweenness centrality of every node (Brandes 2001, O(nodes × edges)): how often a node lies
 * on the shortest paths between two others, split evenly when several shortest paths exist.
 * The people with the highest betweenness are the ones the others' collaboration runs through.
 */
export function computeBetweenness(graph: TGraph): Map<string, TBetweenness> {
  const neighbours = adjacency(graph);
  const scores = new Map<string, number>([...neighbours.keys()].map((node) => [node, 0]));
  for (const source of neighbours.keys()) accumulate(source, neighbours, scores);
  const n = neighbours.size;
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(
    [...scores].map(([node, twice]) => {
      // Each unordered pair was counted from both ends.
      const raw = twice / 2;
      return [node, { raw, normalized: pairs > 0 ? raw / pairs : 0 }];
    }),
  );
}
