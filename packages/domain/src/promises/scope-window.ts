import { addDuration } from './durations.ts';
import type { TEvaluationContext } from './evaluation-context.ts';
import type { TDuration, TPromiseEvent, TPromiseOutcome, TPromiseStatus } from './promise-rule.ts';
import type { TSubjectEvents } from './subject-events.ts';

/** What a kind says about one scope event once its counted events are known. */
export interface TScopeTexts {
  broken: (
    scope: TPromiseEvent,
    counted: readonly TPromiseEvent[],
    context: TEvaluationContext,
  ) => string;
  /** `soFar`: the window is still running, or there is none. */
  kept: (scope: TPromiseEvent, counted: readonly TPromiseEvent[], soFar: boolean) => string;
}

/**
 * never and at_most: each scope event is one chance. Each counted event is charged to the
 * latest scope event at or before it (a correction belongs to the invoice before it, not to
 * every earlier invoice too) if it falls inside that scope's watch window. More than `max`
 * charged events break the chance at the moment of the one too many. A chance with nothing wrong
 * stays open while its window runs and is kept when it ends; with no window it is kept so far.
 */
export function evaluateScoped(
  max: number,
  window: TDuration | undefined,
  subject: TSubjectEvents,
  context: TEvaluationContext,
  texts: TScopeTexts,
  outcomes: TPromiseOutcome[],
): void {
  const { subjectKey, opens, closes } = subject;
  if (opens.length === 0) return;
  const dues = window
    ? opens.map((open) => addDuration(window, open.occurredAt, context.calendar))
    : null;
  const charged = chargeToScopes(opens, closes, dues);
  for (let index = 0; index < opens.length; index += 1) {
    const scope = opens[index] as TPromiseEvent;
    const dueAt = dues?.[index] ?? null;
    outcomes.push(
      scopeOutcome(subjectKey, scope, charged[index] ?? [], dueAt, max, context, texts),
    );
  }
}

function scopeOutcome(
  subjectKey: string,
  scope: TPromiseEvent,
  counted: readonly TPromiseEvent[],
  dueAt: Date | null,
  max: number,
  context: TEvaluationContext,
  texts: TScopeTexts,
): TPromiseOutcome {
  const tooMany = counted[max];
  let status: TPromiseStatus = 'kept';
  let resolvedAt: Date | null = null;
  let reason: string;
  if (tooMany) {
    status = 'broken';
    resolvedAt = tooMany.occurredAt;
    reason = texts.broken(scope, counted, context);
  } else if (dueAt && dueAt.getTime() >= context.now.getTime()) {
    status = 'open';
    reason = texts.kept(scope, counted, true);
  } else {
    resolvedAt = dueAt;
    reason = texts.kept(scope, counted, !dueAt);
  }
  const evidenceEventIds = [scope.id];
  for (const event of counted) evidenceEventIds.push(event.id);
  return {
    key: `${subjectKey}:${scope.id}`,
    subjectKey,
    customerId: scope.customerId,
    status,
    startEventId: scope.id,
    endEventId: tooMany ? tooMany.id : null,
    dueAt,
    resolvedAt,
    evidenceEventIds,
    reason,
  };
}

/** For each scope (by index), the counted events charged to it, in time order. */
function chargeToScopes(
  opens: readonly TPromiseEvent[],
  closes: readonly TPromiseEvent[],
  dues: readonly Date[] | null,
): (TPromiseEvent[] | undefined)[] {
  const charged: (TPromiseEvent[] | undefined)[] = new Array(opens.length);
  let latest = -1;
  for (const close of closes) {
    const time = close.occurredAt.getTime();
    while (latest + 1 < opens.length && (opens[latest + 1]?.occurredAt.getTime() ?? time) <= time) {
      latest += 1;
    }
    // An event that is itself a scope event is charged to the scope before it.
    const owner = opens[latest]?.id === close.id ? latest - 1 : latest;
    if (owner < 0) continue;
    if (dues && time > (dues[owner]?.getTime() ?? time)) continue;
    const list = charged[owner];
    if (list) list.push(close);
    else charged[owner] = [close];
  }
  return charged;
}
