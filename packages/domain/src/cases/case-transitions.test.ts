import { describe, expect, it } from 'vitest';
import { checkTransition, findAllowedTransitions } from './case-transitions.ts';
import { DEFAULT_CASE_STATUSES, type TCaseStatusDefinition } from './case-vocabulary.ts';

const statuses: TCaseStatusDefinition[] = [
  ...DEFAULT_CASE_STATUSES,
  { key: 'legacy', name: 'Legacy', category: 'open', isInitial: false, archived: true },
];

describe('checkTransition', () => {
  it.each([
    ['new', 'in_progress', true],
    ['new', 'waiting_customer', true],
    ['new', 'resolved', true],
    ['new', 'closed', false],
    ['in_progress', 'new', true],
    ['in_progress', 'waiting_supplier', true],
    ['waiting_customer', 'waiting_supplier', true],
    ['waiting_customer', 'in_progress', true],
    ['waiting_customer', 'resolved', true],
    ['waiting_customer', 'closed', false],
    ['resolved', 'in_progress', true],
    ['resolved', 'closed', true],
    ['resolved', 'waiting_customer', false],
    ['closed', 'new', false],
    ['closed', 'resolved', false],
    ['new', 'new', false],
    ['new', 'legacy', false],
    ['new', 'nowhere', false],
  ] as const)('%s → %s allowed: %s', (from, to, ok) => {
    expect(checkTransition(from, to, statuses).ok).toBe(ok);
  });

  it('says which statuses are allowed instead', () => {
    const result = checkTransition('resolved', 'waiting_customer', statuses);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(
      'A resolved case cannot move to waiting (Waiting for the customer). Allowed from here: ' +
        'New (new), In progress (in_progress), Closed (closed).',
    );
    expect(result.allowed.map((status) => status.key)).toEqual(['new', 'in_progress', 'closed']);
  });

  it('tells that a closed case is final', () => {
    const result = checkTransition('closed', 'new', statuses);
    expect(result.ok ? '' : result.reason).toMatch(/none: a closed case is final/);
  });
});

describe('findAllowedTransitions', () => {
  it.each([
    ['new', ['in_progress', 'waiting_customer', 'waiting_supplier', 'resolved']],
    ['waiting_supplier', ['new', 'in_progress', 'waiting_customer', 'resolved']],
    ['resolved', ['new', 'in_progress', 'closed']],
    ['closed', []],
    ['unknown', []],
  ])('from %s', (from, expected) => {
    expect(findAllowedTransitions(from, statuses).map((status) => status.key)).toEqual(expected);
  });
});
