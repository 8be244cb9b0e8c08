/** A rule the organisation edits: events whose type matches get these, unless they name their own. */
export interface TEventMappingRule {
  typePattern: string;
  departmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
}

export interface TEventPlacement {
  departmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
}

export const TYPE_PATTERN = /^(\*|[a-z0-9_-]+(\.[a-z0-9_-]+)*(\.\*)?)$/;

/** How closely a pattern names a type: exact beats a longer prefix beats a shorter one beats `*`; -1 when it does not match. */
export function scorePattern(pattern: string, type: string): number {
  if (pattern === type) return Number.MAX_SAFE_INTEGER;
  if (pattern === '*') return 0;
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -1);
    return type.startsWith(prefix) ? prefix.length : -1;
  }
  return -1;
}

/**
 * Fills each of department, value chain and stage that the event left empty from the most
 * specific rule that gives it, so `invoice.corrected` can take its stage from its own rule
 * and its department from `invoice.*`.
 */
export function placeEvent(
  type: string,
  given: TEventPlacement,
  rules: readonly TEventMappingRule[],
): TEventPlacement {
  const matching = rules
    .map((rule) => ({ rule, score: scorePattern(rule.typePattern, type) }))
    .filter((entry) => entry.score >= 0)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.rule);
  const pick = (field: keyof TEventPlacement) =>
    given[field] ?? matching.find((rule) => rule[field] !== null)?.[field] ?? null;
  return {
    departmentId: pick('departmentId'),
    valueChainId: pick('valueChainId'),
    stageId: pick('stageId'),
  };
}
