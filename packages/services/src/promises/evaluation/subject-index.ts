import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { bigintArray, textArray } from '../sql-arrays.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import type { TStoredEvent } from './stored-events.ts';

/** The events a promise can read, by the subject each belongs to (events with none are left out). */
export function groupRelevantEvents(
  promise: TEvaluationPromise,
  events: readonly TStoredEvent[],
): Map<string, TStoredEvent[]> {
  const bySubject = new Map<string, TStoredEvent[]>();
  const { isRelevant, subjectOf } = promise.compiled;
  for (const event of events) {
    if (!isRelevant(event)) continue;
    const key = subjectOf(event);
    if (key === null) continue;
    const list = bySubject.get(key);
    if (list) list.push(event);
    else bySubject.set(key, [event]);
  }
  return bySubject;
}

/** Files the events under their subjects of the promise; filing twice is harmless. */
export async function indexSubjectEvents(
  tx: TTransaction,
  orgId: string,
  promiseId: string,
  bySubject: Map<string, TStoredEvent[]>,
): Promise<void> {
  const keys: string[] = [];
  const ids: string[] = [];
  for (const [key, events] of bySubject)
    for (const event of events) {
      keys.push(key);
      ids.push(event.rowId);
    }
  if (keys.length === 0) return;
  await tx.execute(sql`
    INSERT INTO promise_subject_events (org_id, promise_id, subject_key, event_id)
    SELECT ${orgId}, ${promiseId}, t.k, t.e
    FROM unnest(${textArray(keys)}, ${bigintArray(ids)}) AS t(k, e)
    ON CONFLICT DO NOTHING`);
}
