import { addDuration, describeDuration } from './durations.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import {
  advanceTo,
  decideDeadline,
  firstCloseFrom,
  type TDeadlineTexts,
} from './outcome-builder.ts';
import type { TPromiseOutcome, TWithinRule } from './promise-rule.ts';
import type { TSubjectEvents } from './subject-events.ts';

const textsByRule = new WeakMap<TWithinRule, TDeadlineTexts>();

/**
 * Each start must be followed by an end within the duration. The first end at or after a start
 * decides it, so one answer can meet several complaints that were waiting for it.
 */
export function evaluateWithin(
  rule: TWithinRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  const { subjectKey, opens, closes } = subject;
  let texts = textsByRule.get(rule);
  if (!texts) {
    texts = withinTexts(rule);
    textsByRule.set(rule, texts);
  }
  let index = 0;
  for (const open of opens) {
    index = advanceTo(closes, index, open.occurredAt.getTime());
    const close = firstCloseFrom(closes, index, open);
    const dueAt = addDuration(rule.duration, open.occurredAt, context.calendar);
    outcomes.push(decideDeadline(subjectKey, open, close, dueAt, context, texts));
  }
}

function withinTexts(rule: TWithinRule): TDeadlineTexts {
  const limit = describeDuration(rule.duration);
  return {
    kept: (open, close, at, due) =>
      `${close.type} at ${at}, within ${limit} of ${open.type} (due ${due})`,
    late: (open, close, at, due) =>
      `${close.type} only at ${at}, later than ${limit} after ${open.type} (due ${due})`,
    missed: (open, due) => `No ${rule.end.type} within ${limit} of ${open.type} (due ${due})`,
    open: (open, due) =>
      `Waiting for ${rule.end.type} within ${limit} of ${open.type} (due ${due})`,
  };
}
