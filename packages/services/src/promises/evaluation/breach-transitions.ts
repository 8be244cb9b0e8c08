import type { TOutcomeRow } from './outcome-rows.ts';
import type { TStoredEvent } from './stored-events.ts';

/** An outcome before and after an evaluation (undefined: it did not exist, or no longer does). */
export interface TOutcomeChange {
  before: TOutcomeRow | undefined;
  after: TOutcomeRow | undefined;
}

export interface TBreachTransitions {
  broken: TOutcomeRow[];
  /** Outcomes that were broken and no longer are, with the reason their breach is withdrawn. */
  withdrawn: { key: string; reason: string; keptLate: boolean }[];
}

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

function withdrawalReason(
  after: TOutcomeRow | undefined,
  version: number,
  eventOf: (rowId: string) => TStoredEvent | undefined,
): string {
  if (!after)
    return `No longer counted: version ${version} of the rule does not give this chance to keep the promise.`;
  if (after.status === 'open') return `No longer broken: ${after.reason}`;
  const end = after.endEventId ? eventOf(after.endEventId) : undefined;
  if (!end) return `Kept after all: ${after.reason}`;
  return `Kept by a late event: ${end.type} received ${when(end.receivedAt)} happened ${when(end.occurredAt)}, in time.`;
}

/** Which outcomes just broke, and which breaches must be withdrawn, with why. */
export function findBreachTransitions(
  changes: readonly TOutcomeChange[],
  version: number,
  eventOf: (rowId: string) => TStoredEvent | undefined,
): TBreachTransitions {
  const transitions: TBreachTransitions = { broken: [], withdrawn: [] };
  for (const { before, after } of changes) {
    const wasBroken = before?.status === 'broken';
    const isBroken = after?.status === 'broken';
    if (isBroken && !wasBroken && after) transitions.broken.push(after);
    if (wasBroken && !isBroken && before)
      transitions.withdrawn.push({
        key: before.key,
        reason: withdrawalReason(after, version, eventOf),
        keptLate: after?.status === 'kept',
      });
  }
  return transitions;
}
