import type { TCompiledRule } from './compile-rule.ts';
import type { TPromiseEvent } from './promise-rule.ts';

/** One subject's relevant events, each list in time order (ties by id), each event once. */
export interface TSubjectEvents {
  subjectKey: string;
  opens: TPromiseEvent[];
  closes: TPromiseEvent[];
}

/**
 * Groups events by subject and sorts them, which is what makes evaluation independent of the
 * order of the input and of duplicates: an event given twice (same id and time) counts once.
 * Ids are unique per organisation in storage, so the same id at two times does not occur; if it
 * did, both would count, still whatever the order.
 */
export function groupBySubject(
  compiled: TCompiledRule,
  events: readonly TPromiseEvent[],
): TSubjectEvents[] {
  const groups = new Map<string, TSubjectEvents>();
  for (const event of events) {
    const opens = compiled.opens(event);
    const closes = compiled.closes(event);
    if (!opens && !closes) continue;
    const subjectKey = compiled.subjectOf(event);
    if (subjectKey === null) continue;
    let group = groups.get(subjectKey);
    if (!group) {
      group = { subjectKey, opens: [], closes: [] };
      groups.set(subjectKey, group);
    }
    if (opens) group.opens.push(event);
    if (closes) group.closes.push(event);
  }
  const result: TSubjectEvents[] = [];
  for (const group of groups.values()) {
    sortOnce(group.opens);
    sortOnce(group.closes);
    result.push(group);
  }
  return result;
}

/** Sorts in place and drops duplicates, which a sort by time then id puts side by side. */
function sortOnce(events: TPromiseEvent[]): void {
  if (events.length < 2) return;
  events.sort(compareEvents);
  let kept = 1;
  for (let index = 1; index < events.length; index += 1) {
    const event = events[index] as TPromiseEvent;
    if (compareEvents(events[kept - 1] as TPromiseEvent, event) !== 0) {
      events[kept] = event;
      kept += 1;
    }
  }
  events.length = kept;
}

function compareEvents(a: TPromiseEvent, b: TPromiseEvent): number {
  const byTime = a.occurredAt.getTime() - b.occurredAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
