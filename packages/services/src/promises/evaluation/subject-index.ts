import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { bigintArray, textArray } from '../../common/sql-arrays.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import type { TStoredEvent } from './stored-events.ts';

/** The attribute naming a promise's subjects, or null when its subject is the customer. */
export function subjectAttributeOf(promise: TEvaluationPromise): string | null {
  return promise.rule.subject.kind === 'attribute' ? promise.rule.subject.attribute : null;
}

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

/**
 * Files events under their subjects, per subject attribute: an event several promises read
 * under the same attribute is filed once. Filing twice is harmless.
 */
export async function indexSubjectEvents(
  tx: TTransaction,
  orgId: string,
  filed: ReadonlyMap<string, ReadonlyMap<string, readonly TStoredEvent[]>>,
): Promise<void> {
  const attributes: string[] = [];
  const keys: string[] = [];
  const ids: string[] = [];
  for (const [attribute, bySubject] of filed)
    for (const [key, events] of bySubject)
      for (const event of events) {
        attributes.push(attribute);
        keys.push(key);
        ids.push(event.rowId);
      }
  if (ids.length === 0) return;
  await tx.execute(sql`
    INSERT INTO promise_subject_events (org_id, subject_attribute, subject_key, event_id)
    SELECT DISTINCT ${orgId}, t.a, t.k, t.e
    FROM unnest(${textArray(attributes)}, ${textArray(keys)}, ${bigintArray(ids)}) AS t(a, k, e)
    ON CONFLICT DO NOTHING`);
}

/** Adds one promise's subjects of these events to the filing, under its attribute. */
export function fileEvents(
  filed: Map<string, Map<string, TStoredEvent[]>>,
  attribute: string,
  bySubject: ReadonlyMap<string, readonly TStoredEvent[]>,
): void {
  const forAttribute = filed.get(attribute) ?? new Map<string, TStoredEvent[]>();
  for (const [key, events] of bySubject) {
    const list = forAttribute.get(key);
    if (!list) forAttribute.set(key, [...events]);
    else for (const event of events) if (!list.includes(event)) list.push(event);
  }
  filed.set(attribute, forAttribute);
}
