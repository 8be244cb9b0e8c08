import { compileValueReader, looselyEqual, toNumber } from './event-value.ts';
import type {
  TEventMatcher,
  TPromiseEvent,
  TPromiseRule,
  TWhereCondition,
} from './promise-rule.ts';

export type TEventPredicate = (event: TPromiseEvent) => boolean;

/**
 * A fast predicate for a matcher: `invoice.issued` matches that type only, `invoice.*` every
 * type under `invoice.` and `*` every type; each `where` condition must hold as well.
 */
export function compileMatcher(matcher: TEventMatcher): TEventPredicate {
  const typeMatches = compileType(matcher.type);
  const conditions = (matcher.where ?? []).map(compileCondition);
  if (conditions.length === 0) return (event) => typeMatches(event.type);
  return (event) => {
    if (!typeMatches(event.type)) return false;
    for (const condition of conditions) if (!condition(event)) return false;
    return true;
  };
}

const predicates = new WeakMap<TEventMatcher, TEventPredicate>();

/** Whether an event matches; the compiled predicate is cached per matcher object. */
export function matchesEvent(matcher: TEventMatcher, event: TPromiseEvent): boolean {
  let predicate = predicates.get(matcher);
  if (!predicate) {
    predicate = compileMatcher(matcher);
    predicates.set(matcher, predicate);
  }
  return predicate(event);
}

/** The matchers whose events the integration must feed the rule; nothing else can change it. */
export function relevantEventTypes(rule: TPromiseRule): TEventMatcher[] {
  return rule.kind === 'never' || rule.kind === 'at_most'
    ? [rule.scope, rule.event]
    : [rule.start, rule.end];
}

function compileType(pattern: string): (type: string) => boolean {
  if (pattern === '*') return () => true;
  if (pattern.endsWith('.*')) {
    const prefix = pattern.slice(0, -1);
    return (type) => type.startsWith(prefix);
  }
  return (type) => type === pattern;
}

function compileCondition(condition: TWhereCondition): TEventPredicate {
  const read = compileValueReader(condition.attribute);
  const expected = condition.value;
  switch (condition.op) {
    case 'exists':
      return (event) => read(event) != null;
    case 'eq':
      return (event) => looselyEqual(read(event), expected);
    case 'neq':
      return (event) => !looselyEqual(read(event), expected);
    case 'in': {
      const options = Array.isArray(expected) ? expected : [expected];
      return (event) => {
        const actual = read(event);
        return options.some((option) => looselyEqual(actual, option));
      };
    }
    default: {
      const holds = ORDER_TESTS[condition.op];
      return (event) => {
        const order = compareOrder(read(event), expected);
        return order !== null && holds(order);
      };
    }
  }
}

const ORDER_TESTS: Record<'gt' | 'gte' | 'lt' | 'lte', (order: number) => boolean> = {
  gt: (order) => order > 0,
  gte: (order) => order >= 0,
  lt: (order) => order < 0,
  lte: (order) => order <= 0,
};

/** Numbers (or numeric text) by value, other text by code point (ISO dates sort right); else null. */
function compareOrder(actual: unknown, expected: unknown): number | null {
  const left = toNumber(actual);
  const right = toNumber(expected);
  if (left !== null && right !== null) return left - right;
  if (typeof actual === 'string' && typeof expected === 'string') {
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  }
  return null;
}
