import { describe, expect, it } from 'vitest';
import { buildOrgTree, countReports, type TOrgTreeNode, type TTreePerson } from './org-tree.ts';

function person(id: string, managerId: string | null = null): TTreePerson {
  return { id, name: id.toUpperCase(), managerId };
}

/** "ceo(cco(agent) cfo)": a compact picture of a tree, children in name order. */
function draw(nodes: TOrgTreeNode<TTreePerson>[]): string {
  return nodes
    .map((node) =>
      node.reports.length > 0 ? `${node.person.id}(${draw(node.reports)})` : node.person.id,
    )
    .join(' ');
}

describe('buildOrgTree', () => {
  it.each([
    ['nobody', [], ''],
    ['one person', [person('ceo')], 'ceo'],
    [
      'a tree in name order',
      [person('cfo', 'ceo'), person('agent', 'cco'), person('ceo'), person('cco', 'ceo')],
      'ceo(cco(agent) cfo)',
    ],
    ['a manager outside the list makes a root', [person('a', 'gone'), person('b', 'a')], 'a(b)'],
    ['someone managing themself is a root', [person('a', 'a')], 'a'],
    [
      'a loop is broken at its first name, nobody lost',
      [person('b', 'a'), person('a', 'b'), person('c', 'b')],
      'a(b(c))',
    ],
  ])('%s', (_name, people, expected) => {
    expect(draw(buildOrgTree(people))).toBe(expected);
  });

  it('counts everyone below a person', () => {
    const [ceo] = buildOrgTree([
      person('ceo'),
      person('cco', 'ceo'),
      person('agent', 'cco'),
      person('lead', 'cco'),
    ]);
    expect(ceo && countReports(ceo)).toBe(3);
  });
});
