import { addDuration, describeDuration } from './durations.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import { compileValueReader, looselyEqual, type TValueReader, toNumber } from './event-value.ts';
import {
  advanceTo,
  buildOutcome,
  decideDeadline,
  firstCloseFrom,
  type TDeadlineTexts,
} from './outcome-builder.ts';
import { formatNumber, formatValue } from './outcome-text.ts';
import type { TMatchRule, TPromiseEvent, TPromiseOutcome } from './promise-rule.ts';
import type { TSubjectEvents } from './subject-events.ts';

interface TMatchParts {
  readStart: TValueReader;
  readEnd: TValueReader;
  texts: TDeadlineTexts;
}

const partsByRule = new WeakMap<TMatchRule, TMatchParts>();

/**
 * The first end after a start must carry the start's value (the invoice equals the order),
 * exactly or within the tolerance; with a duration it must also come in time. A start without
 * the value has nothing to be matched and gives no outcome.
 */
export function evaluateMatch(
  rule: TMatchRule,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  outcomes: TPromiseOutcome[],
): void {
  const { subjectKey, opens, closes } = subject;
  const parts = partsOf(rule);
  let index = 0;
  for (const open of opens) {
    index = advanceTo(closes, index, open.occurredAt.getTime());
    const expected = parts.readStart(open);
    if (expected == null) continue;
    const close = firstCloseFrom(closes, index, open);
    const dueAt = rule.duration
      ? addDuration(rule.duration, open.occurredAt, context.calendar)
      : null;
    if (dueAt && (!close || close.occurredAt.getTime() > dueAt.getTime())) {
      outcomes.push(decideDeadline(subjectKey, open, close, dueAt, context, parts.texts));
    } else if (!close) {
      const reason = `Waiting for ${rule.end.type} to compare with ${open.type}`;
      outcomes.push(
        buildOutcome(subjectKey, open, { status: 'open', close, dueAt, resolvedAt: null, reason }),
      );
    } else {
      const { kept, reason } = compare(rule, open, expected, close, parts.readEnd(close));
      const status = kept ? 'kept' : 'broken';
      outcomes.push(
        buildOutcome(subjectKey, open, {
          status,
          close,
          dueAt,
          resolvedAt: close.occurredAt,
          reason,
        }),
      );
    }
  }
}

function compare(
  rule: TMatchRule,
  open: TPromiseEvent,
  expected: unknown,
  close: TPromiseEvent,
  actual: unknown,
): { kept: boolean; reason: string } {
  const theirs = `${open.type} ${rule.startValue} ${formatValue(expected)}`;
  if (actual == null)
    return {
      kept: false,
      reason: `${close.type} has no ${rule.endValue} to compare with ${theirs}`,
    };
  const ours = `${close.type} ${rule.endValue} ${formatValue(actual)}`;
  const left = toNumber(expected);
  const right = toNumber(actual);
  if (left === null || right === null) {
    return looselyEqual(expected, actual)
      ? { kept: true, reason: `${ours} equals ${theirs}` }
      : { kept: false, reason: `${ours} differs from ${theirs}` };
  }
  const difference = Math.abs(right - left);
  const allowed = Math.max(
    rule.tolerance?.absolute ?? 0,
    (rule.tolerance?.relative ?? 0) * Math.abs(left),
  );
  // Decimal amounts are not exact in binary: 100.1 - 100 must count as 0.1, not 0.1000000000000014.
  const noise = 1e-9 * Math.max(1, Math.abs(left), Math.abs(right));
  const within = allowed > 0 ? ` (tolerance ${formatNumber(allowed)})` : '';
  if (difference <= allowed + noise) {
    return {
      kept: true,
      reason: `${ours} ${difference <= noise ? 'equals' : 'matches'} ${theirs}${within}`,
    };
  }
  return {
    kept: false,
    reason: `${ours} differs from ${theirs} by ${formatNumber(difference)}${within}`,
  };
}

function partsOf(rule: TMatchRule): TMatchParts {
  let parts = partsByRule.get(rule);
  if (!parts) {
    const limit = rule.duration ? describeDuration(rule.duration) : '';
    const end = rule.end.type;
    parts = {
      readStart: compileValueReader(rule.startValue),
      readEnd: compileValueReader(rule.endValue),
      texts: {
        kept: (open, close, at) => `${close.type} at ${at}, within ${limit} of ${open.type}`,
        late: (open, close, at, due) =>
          `${close.type} only at ${at}, later than ${limit} after ${open.type} (due ${due})`,
        missed: (open, due) => `No ${end} within ${limit} of ${open.type} (due ${due})`,
        open: (open, due) =>
          `Waiting for ${end} within ${limit} of ${open.type} to compare (due ${due})`,
      },
    };
    partsByRule.set(rule, parts);
  }
  return parts;
}
