import type { TRole } from '../access/roles.ts';
import type {
  TCaseCategory,
  TCasePriority,
  TCaseSourceKind,
  TCaseStatusCategory,
} from './case-vocabulary.ts';

/**
 * The promises that apply to cases, as clocks: the first answer and the resolution within a
 * time (business hours or days on a calendar, or elapsed hours), and at most N handoffs.
 */
export const CLOCK_KINDS = ['first_answer', 'resolution', 'handoffs'] as const;
export type TClockKind = (typeof CLOCK_KINDS)[number];

export const CLOCK_KIND_LABELS: Record<TClockKind, string> = {
  first_answer: 'First answer',
  resolution: 'Resolution',
  handoffs: 'Handoffs',
};

export const CLOCK_UNITS = ['business_hours', 'business_days', 'hours'] as const;
export type TClockUnit = (typeof CLOCK_UNITS)[number];

export interface TClockTarget {
  amount: number;
  unit: TClockUnit;
}

/** One clock of a policy; `promiseId` names the Bill of Rights promise it keeps, if any. */
export type TClockDefinition =
  | { kind: 'first_answer' | 'resolution'; target: TClockTarget; promiseId?: string | null }
  | { kind: 'handoffs'; max: number; promiseId?: string | null };

/** running; paused while the case waits on the customer; met; breached. */
export const CLOCK_STATES = ['running', 'paused', 'met', 'breached'] as const;
export type TClockState = (typeof CLOCK_STATES)[number];

export type TEscalationTrigger =
  /** When this share of the target has been used (e.g. 50 %). */
  | { kind: 'elapsed'; percent: number }
  /** When the clock breached, or this many minutes of its own time after. */
  | { kind: 'breached'; afterMinutes: number };

export type TEscalationRecipient =
  | { kind: 'person'; userId: string }
  /** `department_head`: the head of the department holding the case; other roles: everyone with it. */
  | { kind: 'role'; role: TRole };

export interface TEscalationLevel {
  level: 1 | 2 | 3 | 4;
  clock: TClockKind;
  trigger: TEscalationTrigger;
  notify: TEscalationRecipient;
}

export const MAX_ESCALATION_LEVELS = 4;

/** Which cases a policy applies to: each list empty means "any". */
export interface TClockPolicyFilter {
  priorities: readonly TCasePriority[];
  categories: readonly TCaseCategory[];
  sourceKinds: readonly TCaseSourceKind[];
}

export interface TClockPolicyRules extends TClockPolicyFilter {
  id: string;
  position: number;
  active: boolean;
  clocks: readonly TClockDefinition[];
  warnAtPercent: number;
  escalations: readonly TEscalationLevel[];
}

/** What choosing a policy needs to know of a case. */
export interface TPolicyCase {
  priority: TCasePriority;
  category: TCaseCategory;
  sourceKind: TCaseSourceKind;
}

function allows<T>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}

/** The first active policy, by position then id, whose filters let the case in; null: no clocks. */
export function choosePolicy<T extends TClockPolicyRules>(
  policies: readonly T[],
  theCase: TPolicyCase,
): T | null {
  const ordered = [...policies].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return (
    ordered.find(
      (policy) =>
        policy.active &&
        allows(policy.priorities, theCase.priority) &&
        allows(policy.categories, theCase.category) &&
        allows(policy.sourceKinds, theCase.sourceKind),
    ) ?? null
  );
}

/** Status groups in which no clock runs: the case waits on the customer, or is done for now. */
export function isPausedCategory(category: TCaseStatusCategory): boolean {
  return category === 'waiting' || category === 'resolved' || category === 'closed';
}
