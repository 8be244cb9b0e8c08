import type { TCaseStatusCategory, TCaseStatusDefinition } from './case-vocabulary.ts';

/**
 * The transition rule, by status group rather than by status pair, so an organisation that
 * adds a status ("Waiting for a supplier") never has to wire it up:
 *
 * - open and waiting statuses may move to any other open, waiting or resolved status;
 * - a resolved case may be reopened (to an open status) or closed;
 * - a closed case is final: a new problem is a new case.
 *
 * Staying in the same status is not a transition, and an archived status cannot be entered.
 */
export const CATEGORY_TRANSITIONS: Record<TCaseStatusCategory, readonly TCaseStatusCategory[]> = {
  open: ['open', 'waiting', 'resolved'],
  waiting: ['open', 'waiting', 'resolved'],
  resolved: ['open', 'closed'],
  closed: [],
};

/** The statuses a case in `fromKey` may move to, in the order given. */
export function findAllowedTransitions(
  fromKey: string,
  statuses: readonly TCaseStatusDefinition[],
): TCaseStatusDefinition[] {
  const from = statuses.find((status) => status.key === fromKey);
  if (!from) return [];
  const next = CATEGORY_TRANSITIONS[from.category];
  return statuses.filter(
    (status) => status.key !== fromKey && !status.archived && next.includes(status.category),
  );
}

export type TTransitionCheck =
  | { ok: true; from: TCaseStatusDefinition; to: TCaseStatusDefinition }
  | { ok: false; reason: string; allowed: TCaseStatusDefinition[] };

function describeAllowed(allowed: readonly TCaseStatusDefinition[]): string {
  if (allowed.length === 0) return 'none: a closed case is final, open a new case instead';
  return allowed.map((status) => `${status.name} (${status.key})`).join(', ');
}

/** Whether a case may move from one status to another, and in words why not. */
export function checkTransition(
  fromKey: string,
  toKey: string,
  statuses: readonly TCaseStatusDefinition[],
): TTransitionCheck {
  const from = statuses.find((status) => status.key === fromKey);
  const to = statuses.find((status) => status.key === toKey);
  const allowed = findAllowedTransitions(fromKey, statuses);
  const fail = (why: string): TTransitionCheck => ({
    ok: false,
    reason: `${why} Allowed from here: ${describeAllowed(allowed)}.`,
    allowed,
  });
  if (!from) return fail(`The case is in an unknown status ${fromKey}.`);
  if (!to) return fail(`There is no status ${toKey}.`);
  if (from.key === to.key) return fail(`The case is already ${from.name}.`);
  if (to.archived) return fail(`${to.name} is archived and can no longer be used.`);
  if (!allowed.some((status) => status.key === to.key))
    return fail(`A ${from.category} case cannot move to ${to.category} (${to.name}).`);
  return { ok: true, from, to };
}
