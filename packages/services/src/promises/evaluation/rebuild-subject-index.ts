import { type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { lockPromiseEvaluation } from './evaluation-lock.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import {
  relevantTypeCondition,
  STORED_EVENT_COLUMNS,
  type TStoredEventRow,
  toStoredEvent,
} from './stored-events.ts';
import { groupRelevantEvents, indexSubjectEvents, subjectAttributeOf } from './subject-index.ts';

const EVENTS_PER_STEP = 20_000;

async function stillRunning(tx: TTransaction, evaluationId: string) {
  const result = await tx.execute<{ status: string }>(sql`
    SELECT status FROM promise_evaluations WHERE id = ${evaluationId}`);
  return result.rows[0]?.status === 'running';
}

/**
 * Reads every stored event the promise's rule can use, a slice of the events' primary key at
 * a time, files them under their subjects (attribute subjects; customers need no filing), and
 * returns the subjects in order. Then the total of the progress bar is set, and from then on
 * ingest evaluates the promise again. Null when the evaluation was superseded meanwhile.
 */
export async function rebuildSubjectIndex(
  database: TDatabase,
  orgId: string,
  evaluationId: string,
  promise: TEvaluationPromise,
): Promise<string[] | null> {
  const types = relevantTypeCondition(promise.rule);
  const attribute = subjectAttributeOf(promise);
  const subjects = new Set<string>();
  let after = '0';
  for (;;) {
    const next = await withTenant(database, orgId, async (tx) => {
      if (!(await stillRunning(tx, evaluationId))) return false;
      const events = await tx.execute<TStoredEventRow>(sql`
        SELECT ${STORED_EVENT_COLUMNS} FROM events e
        WHERE e.org_id = ${orgId} AND e.id > ${after}::bigint ${types ? sql`AND ${types}` : sql``}
        ORDER BY e.id LIMIT ${EVENTS_PER_STEP}`);
      const stored = events.rows.map(toStoredEvent);
      const bySubject = groupRelevantEvents(promise, stored);
      for (const key of bySubject.keys()) subjects.add(key);
      if (attribute !== null)
        await indexSubjectEvents(tx, orgId, new Map([[attribute, bySubject]]));
      const last = stored.at(-1);
      return last && stored.length === EVENTS_PER_STEP ? last.rowId : null;
    });
    if (next === false) return null;
    if (next === null) break;
    after = next;
  }
  const ordered = [...subjects].sort();
  const counted = await withTenant(database, orgId, async (tx) => {
    await lockPromiseEvaluation(tx);
    return tx.execute(sql`
      UPDATE promise_evaluations SET total = ${ordered.length}
      WHERE id = ${evaluationId} AND status = 'running' RETURNING id`);
  });
  return counted.rows.length > 0 ? ordered : null;
}
