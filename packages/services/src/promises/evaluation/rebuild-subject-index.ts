import { type TDatabase, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { lockPromiseEvaluation } from './evaluation-lock.ts';
import type { TEvaluationPromise } from './evaluation-promises.ts';
import {
  relevantTypeCondition,
  STORED_EVENT_COLUMNS,
  type TStoredEventRow,
  toStoredEvent,
} from './stored-events.ts';
import { groupRelevantEvents, indexSubjectEvents } from './subject-index.ts';

const EVENTS_PER_STEP = 20_000;

async function stillRunning(tx: Parameters<typeof lockPromiseEvaluation>[0], evaluationId: string) {
  const result = await tx.execute<{ status: string }>(sql`
    SELECT status FROM promise_evaluations WHERE id = ${evaluationId}`);
  return result.rows[0]?.status === 'running';
}

/**
 * Files every stored event the promise's rule can read under its subject, from scratch, a
 * slice of the events' primary key at a time, then counts the subjects (the total of the
 * progress bar; from then on ingest evaluates the promise again). False when superseded.
 */
export async function rebuildSubjectIndex(
  database: TDatabase,
  orgId: string,
  evaluationId: string,
  promise: TEvaluationPromise,
): Promise<boolean> {
  await withTenant(database, orgId, (tx) =>
    tx.execute(sql`DELETE FROM promise_subject_events WHERE promise_id = ${promise.id}`),
  );
  const types = relevantTypeCondition(promise.rule);
  let after = '0';
  for (;;) {
    const next = await withTenant(database, orgId, async (tx) => {
      if (!(await stillRunning(tx, evaluationId))) return false;
      const events = await tx.execute<TStoredEventRow>(sql`
        SELECT ${STORED_EVENT_COLUMNS} FROM events e
        WHERE e.org_id = ${orgId} AND e.id > ${after}::bigint ${types ? sql`AND ${types}` : sql``}
        ORDER BY e.id LIMIT ${EVENTS_PER_STEP}`);
      const stored = events.rows.map(toStoredEvent);
      await indexSubjectEvents(tx, orgId, promise.id, groupRelevantEvents(promise, stored));
      const last = stored.at(-1);
      return last && stored.length === EVENTS_PER_STEP ? last.rowId : null;
    });
    if (next === false) return false;
    if (next === null) break;
    after = next;
  }
  return withTenant(database, orgId, async (tx) => {
    await lockPromiseEvaluation(tx);
    const counted = await tx.execute<{ total: number }>(sql`
      UPDATE promise_evaluations SET total = (SELECT count(DISTINCT subject_key)::int
        FROM promise_subject_events WHERE promise_id = ${promise.id})
      WHERE id = ${evaluationId} AND status = 'running' RETURNING total`);
    return counted.rows.length > 0;
  });
}
