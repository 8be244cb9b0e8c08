import { describe, expect, it } from 'vitest';
import { computeBetweenness, type TGraph } from './betweenness.ts';

function rawOf(graph: TGraph): Record<string, number> {
  return Object.fromEntries(
    [...computeBetweenness(graph)].map(([node, value]) => [node, value.raw]),
  );
}

/*
 * Hand-computed: a node's betweenness is the sum, over pairs of other nodes, of the share of
 * their shortest paths that pass through it.
 */
describe('betweenness centrality (Brandes)', () => {
  it('a path a–b–c–d: b lies on a–c and a–d, c on a–d and b–d', () => {
    const path: TGraph = {
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    };
    expect(rawOf(path)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // n = 4: 3 pairs of other nodes each, so b carries 2 of 3.
    expect(computeBetweenness(path).get('b')?.normalized).toBeCloseTo(2 / 3);
  });

  it('a star: the centre is on every path between two leaves (4 leaves: 6 pairs)', () => {
    const star: TGraph = {
      nodes: ['hub', 'l1', 'l2', 'l3', 'l4'],
      edges: [
        ['hub', 'l1'],
        ['hub', 'l2'],
        ['hub', 'l3'],
        ['hub', 'l4'],
      ],
    };
    expect(rawOf(star)).toEqual({ hub: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(computeBetweenness(star).get('hub')?.normalized).toBe(1);
  });

  it('a square splits each opposite pair between two paths: ½ each', () => {
    const square: TGraph = {
      nodes: ['a', 'b', 'c', 'd'],
      edges: [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
        ['d', 'a'],
      ],
    };
    expect(rawOf(square)).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it('two triangles sharing c (a bow tie): c bridges {a, b} × {d, e}, 4 pairs', () => {
    const bowTie: TGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e'],
      edges: [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
        ['c', 'd'],
        ['c', 'e'],
        ['d', 'e'],
      ],
    };
    expect(rawOf(bowTie)).toEqual({ a: 0, b: 0, c: 4, d: 0, e: 0 });
  });

  it('a kite: pairs with two shortest paths give each path ½', () => {
    // a joined to b and c, b and c joined to d and each other, d to e.
    const kite: TGraph = {
      nodes: ['a', 'b', 'c', 'd', 'e'],
      edges: [
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'c'],
        ['b', 'd'],
        ['c', 'd'],
        ['d', 'e'],
      ],
    };
    // a–d: via b or c (½ each); a–e: via b or c then d (½ each to b and c, 1 to d);
    // b–e and c–e: through d. So b = c = 1, d = 1 (a–e) + 1 (b–e) + 1 (c–e) = 3.
    expect(rawOf(kite)).toEqual({ a: 0, b: 1, c: 1, d: 3, e: 0 });
  });

  it('ignores self-loops and duplicate edges, and gives isolated nodes 0', () => {
    const messy: TGraph = {
      nodes: ['a', 'b', 'c', 'lonely'],
      edges: [
        ['a', 'b'],
        ['b', 'a'],
        ['b', 'b'],
        ['b', 'c'],
      ],
    };
    expect(rawOf(messy)).toEqual({ a: 0, b: 1, c: 0, lonely: 0 });
  });
});
