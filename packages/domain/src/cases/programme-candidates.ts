import type { TCasePriority } from './case-vocabulary.ts';

/** Why a complaint was picked for a senior executive (seed 001). */
export const PROGRAMME_REASONS = ['high_value', 'repeated_contact', 'broken_promise'] as const;
export type TProgrammeReason = (typeof PROGRAMME_REASONS)[number];

export const PROGRAMME_REASON_LABELS: Record<TProgrammeReason, string> = {
  high_value: 'High-value customer',
  repeated_contact: 'Repeated contact',
  broken_promise: 'Broken promise',
};

/** The facts of one open case the rules read. */
export interface TCandidateFacts {
  /** Where the customer's revenue of the last 12 months ranks, 0 (lowest) to 1 (highest). */
  valuePercentile: number;
  /** The customer's cases in the last 90 days (this one included) and calls in the last 30. */
  contacts: number;
  /** Promises broken for the customer in the last 90 days (one more if a breach opened the case). */
  brokenPromises: number;
  priority: TCasePriority;
}

/** The rules' thresholds: top fifth by value; three contacts; one broken promise. */
export const PROGRAMME_RULES = {
  highValuePercentile: 0.8,
  repeatedContacts: 3,
  brokenPromises: 1,
} as const;

const PRIORITY_BONUS: Record<TCasePriority, number> = { low: 0, normal: 0, high: 0.5, urgent: 1 };

/**
 * Scores a complaint for the programme: each rule that holds gives it a reason and points
 * (more for more contacts or breaches, capped so one rule cannot drown the others); priority
 * breaks ties. Null when no rule holds: such a case is not for an executive this month.
 */
export function scoreProgrammeCandidate(
  facts: TCandidateFacts,
): { score: number; reasons: TProgrammeReason[] } | null {
  const reasons: TProgrammeReason[] = [];
  let score = PRIORITY_BONUS[facts.priority];
  if (facts.valuePercentile >= PROGRAMME_RULES.highValuePercentile) {
    reasons.push('high_value');
    score += 3 + facts.valuePercentile;
  }
  if (facts.contacts >= PROGRAMME_RULES.repeatedContacts) {
    reasons.push('repeated_contact');
    score += 2 + Math.min(facts.contacts - PROGRAMME_RULES.repeatedContacts, 3) * 0.5;
  }
  if (facts.brokenPromises >= PROGRAMME_RULES.brokenPromises) {
    reasons.push('broken_promise');
    score += 2 + Math.min(facts.brokenPromises - 1, 3) * 0.5;
  }
  return reasons.length === 0 ? null : { score: Math.round(score * 1000) / 1000, reasons };
}
