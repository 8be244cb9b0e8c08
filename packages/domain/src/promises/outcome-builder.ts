import type { TEvaluationContext } from './evaluation-context.ts';
import { formatInstant } from './outcome-text.ts';
import type { TPromiseEvent, TPromiseOutcome, TPromiseStatus } from './promise-rule.ts';

export interface TOutcomeFields {
  status: TPromiseStatus;
  close: TPromiseEvent | null;
  dueAt: Date | null;
  resolvedAt: Date | null;
  reason: string;
}

/** One outcome for the chance opened by `open`; its key is `${subjectKey}:${open.id}`. */
export function buildOutcome(
  subjectKey: string,
  open: TPromiseEvent,
  fields: TOutcomeFields,
): TPromiseOutcome {
  const { status, close, dueAt, resolvedAt, reason } = fields;
  return {
    key: `${subjectKey}:${open.id}`,
    subjectKey,
    customerId: open.customerId,
    status,
    startEventId: open.id,
    endEventId: close ? close.id : null,
    dueAt,
    resolvedAt,
    evidenceEventIds: close ? [open.id, close.id] : [open.id],
    reason,
  };
}

/** Index of the first event at or after `time`, searching on from `from` (lists are sorted). */
export function advanceTo(events: readonly TPromiseEvent[], from: number, time: number): number {
  let index = from;
  while (index < events.length && (events[index]?.occurredAt.getTime() ?? time) < time) index += 1;
  return index;
}

/** The first close at or after the open (an event that is both is not its own close). */
export function firstCloseFrom(
  closes: readonly TPromiseEvent[],
  index: number,
  open: TPromiseEvent,
): TPromiseEvent | null {
  const close = closes[index];
  if (close && close.id === open.id) return closes[index + 1] ?? null;
  return close ?? null;
}

type TDeadlineVerdict = 'kept' | 'late' | 'missed' | 'open';

/** Kept up to and including the deadline; with no close, broken only once `now` is past it. */
function judgeDeadline(close: TPromiseEvent | null, dueAt: Date, now: Date): TDeadlineVerdict {
  if (close) return close.occurredAt.getTime() <= dueAt.getTime() ? 'kept' : 'late';
  return now.getTime() > dueAt.getTime() ? 'missed' : 'open';
}

/** Sentences for each verdict; `at` is when the close happened and `due` the deadline, as text. */
export interface TDeadlineTexts {
  kept: (open: TPromiseEvent, close: TPromiseEvent, at: string, due: string) => string;
  late: (open: TPromiseEvent, close: TPromiseEvent, at: string, due: string) => string;
  missed: (open: TPromiseEvent, due: string) => string;
  open: (open: TPromiseEvent, due: string) => string;
}

/** The outcome of a chance with a deadline: kept, broken (late or missed) or still open. */
export function decideDeadline(
  subjectKey: string,
  open: TPromiseEvent,
  close: TPromiseEvent | null,
  dueAt: Date,
  context: TEvaluationContext,
  texts: TDeadlineTexts,
): TPromiseOutcome {
  const verdict = judgeDeadline(close, dueAt, context.now);
  const due = formatInstant(dueAt, context.calendar);
  if (close && verdict === 'kept') {
    const at = formatInstant(close.occurredAt, context.calendar);
    const reason = texts.kept(open, close, at, due);
    return buildOutcome(subjectKey, open, {
      status: 'kept',
      close,
      dueAt,
      resolvedAt: close.occurredAt,
      reason,
    });
  }
  if (close) {
    const reason = texts.late(open, close, formatInstant(close.occurredAt, context.calendar), due);
    return buildOutcome(subjectKey, open, {
      status: 'broken',
      close,
      dueAt,
      resolvedAt: dueAt,
      reason,
    });
  }
  if (verdict === 'missed') {
    const reason = texts.missed(open, due);
    return buildOutcome(subjectKey, open, {
      status: 'broken',
      close,
      dueAt,
      resolvedAt: dueAt,
      reason,
    });
  }
  return buildOutcome(subjectKey, open, {
    status: 'open',
    close,
    dueAt,
    resolvedAt: null,
    reason: texts.open(open, due),
  });
}
