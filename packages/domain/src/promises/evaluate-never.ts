import { describeDuration } from './durations.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import { formatInstant } from './outcome-text.ts';
import type { TNeverRule, TPromiseOutcome } from './promise-rule.ts';
import { evaluateScoped, type TScopeTexts } from './scope-window.ts';
import type { TSubjectEvents } from './subject-events.ts';

const textsByRule = new WeakMap<TNeverRule, TScopeTexts>();

/** No event matching `event` may follow a scope event (within the window when there is one). */
export function evaluateNever(
  rule: TNeverRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  let texts = textsByRule.get(rule);
  if (!texts) {
    texts = neverTexts(rule);
    textsByRule.set(rule, texts);
  }
  evaluateScoped(0, rule.duration, subject, context, texts, outcomes);
}

function neverTexts(rule: TNeverRule): TScopeTexts {
  const window = rule.duration ? ` within ${describeDuration(rule.duration)}` : '';
  return {
    broken: (scope, [first], { calendar }) =>
      first
        ? `${first.type} at ${formatInstant(first.occurredAt, calendar)}, after ${scope.type} at ${formatInstant(scope.occurredAt, calendar)}`
        : `${rule.event.type} after ${scope.type}`,
    kept: (scope, _counted, soFar) =>
      `No ${rule.event.type}${window} of ${scope.type}${soFar ? ' so far' : ''}`,
  };
}
