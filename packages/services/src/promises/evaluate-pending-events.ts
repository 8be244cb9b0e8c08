import { type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { bigintArray } from '../common/sql-arrays.ts';
import { evaluateNewEvents, type TEvaluationLog } from './evaluation/evaluate-new-events.ts';
import { lockPromiseEvaluation } from './evaluation/evaluation-lock.ts';
import {
  STORED_EVENT_COLUMNS,
  type TStoredEventRow,
  toStoredEvent,
} from './evaluation/stored-events.ts';

const BATCHES_PER_STEP = 2;

async function evaluateSomePending(
  tx: TTransaction,
  orgId: string,
  now: Date,
  log: TEvaluationLog,
) {
  await lockPromiseEvaluation(tx);
  const pending = await tx.execute<{ id: string; first: string; last: string }>(sql`
    SELECT id::text, first_event_id::text AS first, last_event_id::text AS last
    FROM promise_pending_batches ORDER BY id LIMIT ${BATCHES_PER_STEP}`);
  if (pending.rows.length === 0) return null;
  // One primary-key range per batch; ranges of concurrent batches may overlap (harmless).
  const ranges = pending.rows.map(
    (row) => sql`e.id BETWEEN ${row.first}::bigint AND ${row.last}::bigint`,
  );
  const events = await tx.execute<TStoredEventRow>(sql`
    SELECT ${STORED_EVENT_COLUMNS} FROM events e
    WHERE e.org_id = ${orgId} AND (${sql.join(ranges, sql` OR `)})`);
  await evaluateNewEvents(tx, orgId, events.rows.map(toStoredEvent), { now, log });
  await tx.execute(sql`
    DELETE FROM promise_pending_batches
    WHERE id = ANY(${bigintArray(pending.rows.map((row) => row.id))})`);
  return { batches: pending.rows.length, events: events.rows.length };
}

/**
 * Evaluates the events of every ingested batch the promises have not seen yet, a few batches
 * per transaction. A batch is removed in the transaction that evaluated it, so a crash only
 * means it is evaluated again (evaluation is idempotent). Returns how many events it read.
 */
export async function evaluatePendingEvents(
  database: TDatabase,
  input: { orgId: string; now?: Date },
  log: TEvaluationLog = () => undefined,
): Promise<{ batches: number; events: number }> {
  const totals = { batches: 0, events: 0 };
  for (;;) {
    const step = await withTenant(database, input.orgId, (tx) =>
      evaluateSomePending(tx, input.orgId, input.now ?? new Date(), log),
    );
    if (!step) return totals;
    totals.batches += step.batches;
    totals.events += step.events;
  }
}
