export interface TSankeyFlow {
  fromId: string;
  toId: string;
  count: number;
  bounces: number;
}

interface TSankeyNode {
  id: string;
  name: string;
  side: 'from' | 'to';
  x: number;
  y: number;
  height: number;
  value: number;
}

interface TSankeyLink extends TSankeyFlow {
  fromName: string;
  toName: string;
  /** A closed band from the handing department to the receiving one. */
  path: string;
  width: number;
}

export interface TSankeyLayout {
  width: number;
  height: number;
  nodes: TSankeyNode[];
  links: TSankeyLink[];
}

interface TOptions {
  width: number;
  height: number;
  nodeWidth: number;
  gap: number;
}

function stack(
  side: 'from' | 'to',
  totals: Map<string, number>,
  names: Map<string, string>,
  scale: number,
  x: number,
  gap: number,
) {
  let y = 0;
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || (names.get(a[0]) ?? '').localeCompare(names.get(b[0]) ?? ''))
    .map(([id, value]) => {
      const node = { id, name: names.get(id) ?? id, side, x, y, height: value * scale, value };
      y += node.height + gap;
      return node;
    });
}

function band(x0: number, y0: number, x1: number, y1: number, width: number): string {
  const middle = (x0 + x1) / 2;
  const f = (value: number) => Number(value.toFixed(2));
  return [
    `M${f(x0)},${f(y0)}`,
    `C${f(middle)},${f(y0)} ${f(middle)},${f(y1)} ${f(x1)},${f(y1)}`,
    `L${f(x1)},${f(y1 + width)}`,
    `C${f(middle)},${f(y1 + width)} ${f(middle)},${f(y0 + width)} ${f(x0)},${f(y0 + width)}`,
    'Z',
  ].join(' ');
}

/**
 * A two-column Sankey: departments that hand cases off on the left, departments that receive
 * them on the right, one band per flow as wide as its count. Two columns rather than a chain,
 * because handoffs go back and forth (a bounce is a cycle) and a layered Sankey cannot draw
 * cycles. Bands leave and enter their nodes in the order of the other side's nodes, so they
 * cross as little as the order allows.
 */
export function layoutSankey(
  flows: readonly TSankeyFlow[],
  names: ReadonlyMap<string, string>,
  options: TOptions,
): TSankeyLayout {
  const outTotals = new Map<string, number>();
  const inTotals = new Map<string, number>();
  for (const flow of flows) {
    outTotals.set(flow.fromId, (outTotals.get(flow.fromId) ?? 0) + flow.count);
    inTotals.set(flow.toId, (inTotals.get(flow.toId) ?? 0) + flow.count);
  }
  const total = flows.reduce((sum, flow) => sum + flow.count, 0);
  const gaps = Math.max(outTotals.size, inTotals.size) - 1;
  const scale = total > 0 ? Math.max(0, options.height - gaps * options.gap) / total : 0;
  const nameMap = new Map(names);
  const left = stack('from', outTotals, nameMap, scale, 0, options.gap);
  const right = stack(
    'to',
    inTotals,
    nameMap,
    scale,
    options.width - options.nodeWidth,
    options.gap,
  );
  const rank = (nodes: TSankeyNode[]) => new Map(nodes.map((node, index) => [node.id, index]));
  const leftRank = rank(left);
  const rightRank = rank(right);
  const outOffset = new Map(left.map((node) => [node.id, node.y]));
  const inOffset = new Map(right.map((node) => [node.id, node.y]));
  const ordered = [...flows].sort(
    (a, b) =>
      (leftRank.get(a.fromId) ?? 0) - (leftRank.get(b.fromId) ?? 0) ||
      (rightRank.get(a.toId) ?? 0) - (rightRank.get(b.toId) ?? 0),
  );
  const links = ordered.map((flow) => {
    const width = flow.count * scale;
    const y0 = outOffset.get(flow.fromId) ?? 0;
    outOffset.set(flow.fromId, y0 + width);
    return { flow, width, y0 };
  });
  // Entering the right side, bands are ordered by their source, so they do not cross there.
  const byTarget = [...links].sort(
    (a, b) =>
      (rightRank.get(a.flow.toId) ?? 0) - (rightRank.get(b.flow.toId) ?? 0) ||
      (leftRank.get(a.flow.fromId) ?? 0) - (leftRank.get(b.flow.fromId) ?? 0),
  );
  const y1Of = new Map<TSankeyFlow, number>();
  for (const link of byTarget) {
    const y1 = inOffset.get(link.flow.toId) ?? 0;
    inOffset.set(link.flow.toId, y1 + link.width);
    y1Of.set(link.flow, y1);
  }
  return {
    width: options.width,
    height: options.height,
    nodes: [...left, ...right],
    links: links.map(({ flow, width, y0 }) => ({
      ...flow,
      fromName: nameMap.get(flow.fromId) ?? flow.fromId,
      toName: nameMap.get(flow.toId) ?? flow.toId,
      width,
      path: band(
        options.nodeWidth,
        y0,
        options.width - options.nodeWidth,
        y1Of.get(flow) ?? 0,
        width,
      ),
    })),
  };
}
