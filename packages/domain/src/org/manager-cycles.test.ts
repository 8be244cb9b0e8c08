import { describe, expect, it } from 'vitest';
import { findCycleIfManagerSet, findManagerCycle } from './manager-cycles.ts';

function links(text: string): Map<string, string | null> {
  // "a>b c>b b" : a reports to b, c reports to b, b reports to nobody.
  return new Map(
    text.split(' ').map((pair) => {
      const [person, manager] = pair.split('>');
      return [person as string, manager ?? null];
    }),
  );
}

describe('findManagerCycle', () => {
  it.each([
    ['a tree', 'ceo a>ceo b>ceo c>a d>c', null],
    ['nobody', '', null],
    ['someone managing themself', 'a>a', ['a', 'a']],
    ['two managing each other', 'a>b b>a', ['a', 'b', 'a']],
    ['a longer loop below a tree', 'ceo x>ceo a>b b>c c>a', ['a', 'b', 'c', 'a']],
    ['a chain into a loop reports only the loop', 'd>a a>b b>a', ['a', 'b', 'a']],
    ['a manager outside the map is a top', 'a>ghost b>a', null],
  ])('%s', (_name, text, expected) => {
    expect(findManagerCycle(text ? links(text) : new Map())).toEqual(expected);
  });
});

describe('findCycleIfManagerSet', () => {
  const tree = links('ceo cfo>ceo cco>ceo agent>cco lead>agent');

  it.each([
    ['moving someone under a peer', 'agent', 'cfo', null],
    ['removing the manager', 'agent', null, null],
    ['making someone their own manager', 'agent', 'agent', ['agent', 'agent']],
    ['putting the CEO under an agent', 'ceo', 'agent', ['ceo', 'agent', 'cco', 'ceo']],
    ['putting a manager under their own report', 'cco', 'lead', ['cco', 'lead', 'agent', 'cco']],
  ] as const)('%s', (_name, person, manager, expected) => {
    expect(findCycleIfManagerSet(tree, person, manager)).toEqual(expected);
  });

  it('ignores an older loop above the new manager', () => {
    expect(findCycleIfManagerSet(links('a>b b>a c'), 'c', 'a')).toBeNull();
  });
});
