import { readDeadline } from './deadline-value.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import { compileValueReader, type TValueReader } from './event-value.ts';
import {
  advanceTo,
  decideDeadline,
  firstCloseFrom,
  type TDeadlineTexts,
} from './outcome-builder.ts';
import type { TByTimeRule, TPromiseOutcome } from './promise-rule.ts';
import type { TSubjectEvents } from './subject-events.ts';

interface TByTimeParts {
  readDue: TValueReader;
  texts: TDeadlineTexts;
}

const partsByRule = new WeakMap<TByTimeRule, TByTimeParts>();

/**
 * The end must happen by the time the start promised (delivered by the promised date). A start
 * without a readable promised time promised nothing and gives no outcome.
 */
export function evaluateByTime(
  rule: TByTimeRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  const { subjectKey, opens, closes } = subject;
  const { readDue, texts } = partsOf(rule);
  let index = 0;
  for (const open of opens) {
    index = advanceTo(closes, index, open.occurredAt.getTime());
    const dueAt = readDeadline(readDue(open), context.calendar);
    if (!dueAt) continue;
    const close = firstCloseFrom(closes, index, open);
    outcomes.push(decideDeadline(subjectKey, open, close, dueAt, context, texts));
  }
}

function partsOf(rule: TByTimeRule): TByTimeParts {
  let parts = partsByRule.get(rule);
  if (!parts) {
    const end = rule.end.type;
    parts = {
      readDue: compileValueReader(rule.deadlineAttribute),
      texts: {
        kept: (_open, close, at, due) => `${close.type} at ${at}, by the promised ${due}`,
        late: (_open, close, at, due) => `${close.type} only at ${at}, after the promised ${due}`,
        missed: (_open, due) => `No ${end} by the promised ${due}`,
        open: (_open, due) => `Waiting for ${end} by the promised ${due}`,
      },
    };
    partsByRule.set(rule, parts);
  }
  return parts;
}
