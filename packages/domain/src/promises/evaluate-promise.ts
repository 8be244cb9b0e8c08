import { compileRule, type TCompiledRule } from './compile-rule.ts';
import { evaluateAtMost } from './evaluate-at-most.ts';
import { evaluateByTime } from './evaluate-by-time.ts';
import { evaluateMatch } from './evaluate-match.ts';
import { evaluateNever } from './evaluate-never.ts';
import { evaluateWithin } from './evaluate-within.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import type { TPromiseEvent, TPromiseOutcome, TPromiseRule } from './promise-rule.ts';
import { groupBySubject, type TSubjectEvents } from './subject-events.ts';

/**
 * The outcomes of one subject's events: a pure function of the SET of events (order and
 * duplicated ids do not matter). Events without a subject or matching neither side are
 * ignored; should events of several subjects come in, each is evaluated on its own. Outcomes
 * come in subject order of first appearance, then by the time of their start event.
 */
export function evaluateSubject(
  rule: TPromiseRule,
  events: readonly TPromiseEvent[],
  context: TEvaluationContext,
): TPromiseOutcome[] {
  return evaluatePromise(rule, events, context);
}

/** Groups the events by subject and evaluates each subject; see `evaluateSubject`. */
export function evaluatePromise(
  rule: TPromiseRule,
  events: readonly TPromiseEvent[],
  context: TEvaluationContext,
): TPromiseOutcome[] {
  const compiled = compileRule(rule);
  const outcomes: TPromiseOutcome[] = [];
  for (const subject of groupBySubject(compiled, events)) {
    evaluateGroup(compiled, subject, context, outcomes);
  }
  return outcomes;
}

function evaluateGroup(
  { rule }: TCompiledRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  switch (rule.kind) {
    case 'within':
      evaluateWithin(rule, subject, context, outcomes);
      return;
    case 'by_time':
      evaluateByTime(rule, subject, context, outcomes);
      return;
    case 'match':
      evaluateMatch(rule, subject, context, outcomes);
      return;
    case 'never':
      evaluateNever(rule, subject, context, outcomes);
      return;
    case 'at_most':
      evaluateAtMost(rule, subject, context, outcomes);
      return;
  }
}
