import { describeDuration } from './durations.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import type { TAtMostRule, TPromiseOutcome } from './promise-rule.ts';
import { evaluateScoped, type TScopeTexts } from './scope-window.ts';
import type { TSubjectEvents } from './subject-events.ts';

const textsByRule = new WeakMap<TAtMostRule, TScopeTexts>();

/** No more than `max` events matching `event` after a scope event (within the window if any). */
export function evaluateAtMost(
  rule: TAtMostRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  let texts = textsByRule.get(rule);
  if (!texts) {
    texts = atMostTexts(rule);
    textsByRule.set(rule, texts);
  }
  evaluateScoped(rule.max, rule.duration, subject, context, texts, outcomes);
}

function atMostTexts(rule: TAtMostRule): TScopeTexts {
  const window = rule.duration ? ` within ${describeDuration(rule.duration)}` : '';
  const counted = (count: number, scopeType: string) =>
    `${count} × ${rule.event.type}${window} of ${scopeType}`;
  return {
    broken: (scope, events) =>
      `${counted(events.length, scope.type)}, more than the ${rule.max} allowed`,
    kept: (scope, events, soFar) =>
      `${counted(events.length, scope.type)}${soFar ? ' so far' : ''}, at most ${rule.max} allowed`,
  };
}
