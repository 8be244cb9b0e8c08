import { compileMatcher, type TEventPredicate } from './event-matcher.ts';
import type { TPromiseRule } from './promise-rule.ts';
import { compileSubjectReader, type TSubjectReader } from './subject-key.ts';

/**
 * A rule turned into predicates once, so evaluating it over a million events never
 * re-reads its JSON. `opens` is the start (or, for never / at_most, the scope): each event it
 * matches is one chance to keep the promise; `closes` is the end (or the counted event).
 */
export interface TCompiledRule {
  rule: TPromiseRule;
  subjectOf: TSubjectReader;
  opens: TEventPredicate;
  closes: TEventPredicate;
  /** Opens or closes: the only events that can change an outcome. */
  isRelevant: TEventPredicate;
}

const compiled = new WeakMap<TPromiseRule, TCompiledRule>();

/** Compiles once per rule object (cached); keep passing the same object to benefit. */
export function compileRule(rule: TPromiseRule): TCompiledRule {
  let result = compiled.get(rule);
  if (!result) {
    result = buildRule(rule);
    compiled.set(rule, result);
  }
  return result;
}

function buildRule(rule: TPromiseRule): TCompiledRule {
  const scoped = rule.kind === 'never' || rule.kind === 'at_most';
  const opens = compileMatcher(scoped ? rule.scope : rule.start);
  const closes = compileMatcher(scoped ? rule.event : rule.end);
  return {
    rule,
    subjectOf: compileSubjectReader(rule.subject),
    opens,
    closes,
    isRelevant: (event) => opens(event) || closes(event),
  };
}
