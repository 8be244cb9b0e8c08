import { describe, expect, it } from 'vitest';
import { layoutSankey } from './sankey-layout.ts';

const names = new Map([
  ['s', 'Service'],
  ['b', 'Billing'],
  ['d', 'Delivery'],
]);
const options = { width: 400, height: 120, nodeWidth: 10, gap: 10 };

describe('layoutSankey', () => {
  it('stacks senders left and receivers right, as tall as their flows', () => {
    const layout = layoutSankey(
      [
        { fromId: 's', toId: 'b', count: 60, bounces: 0 },
        { fromId: 'b', toId: 's', count: 20, bounces: 20 },
        { fromId: 's', toId: 'd', count: 20, bounces: 0 },
      ],
      names,
      options,
    );
    // 100 cases in 120 px less two gaps (the right side has three nodes): one pixel each.
    expect(layout.nodes.map((node) => [node.side, node.name, node.y, node.height])).toEqual([
      ['from', 'Service', 0, 80],
      ['from', 'Billing', 90, 20],
      ['to', 'Billing', 0, 60],
      ['to', 'Delivery', 70, 20],
      ['to', 'Service', 100, 20],
    ]);
    expect(layout.links.map((link) => [link.fromName, link.toName, link.width])).toEqual([
      ['Service', 'Billing', 60],
      ['Service', 'Delivery', 20],
      ['Billing', 'Service', 20],
    ]);
    expect(layout.links[0]?.path).toBe('M10,0 C200,0 200,0 390,0 L390,60 C200,60 200,60 10,60 Z');
    expect(layout.links[1]?.path.startsWith('M10,60 C200,60 200,70 390,70')).toBe(true);
  });

  it('draws nothing for no flows', () => {
    expect(layoutSankey([], names, options)).toMatchObject({ nodes: [], links: [] });
  });
});
