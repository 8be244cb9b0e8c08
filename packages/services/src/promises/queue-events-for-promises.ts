import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { sendInTransaction } from '../jobs/job-queue.ts';

export const EVALUATE_EVENTS_JOB = 'promises.evaluate-events';

/**
 * Called in the ingest's own transaction with the ids of the events it stored: notes them for
 * the promises and queues the job that evaluates them, both committed with the events or not
 * at all. Ingest stays as fast as without promises (two small inserts per batch); the minute
 * sweep evaluates whatever a lost job left behind.
 */
export async function queueEventsForPromises(
  tx: TTransaction,
  orgId: string,
  eventIds: Iterable<string>,
): Promise<void> {
  let first: bigint | null = null;
  let last: bigint | null = null;
  for (const id of eventIds) {
    const value = BigInt(id);
    if (first === null || value < first) first = value;
    if (last === null || value > last) last = value;
  }
  if (first === null || last === null) return;
  await tx.execute(sql`
    INSERT INTO promise_pending_batches (org_id, first_event_id, last_event_id)
    VALUES (${orgId}, ${first.toString()}::bigint, ${last.toString()}::bigint)`);
  await sendInTransaction(tx, EVALUATE_EVENTS_JOB, { orgId });
}
