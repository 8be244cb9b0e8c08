import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';

// Any constant: the first half of the two-key advisory lock, the tenant being the second.
const PROMISE_EVALUATION_LOCK = 7_311_005;

/**
 * Serialises the evaluation of one organisation's promises until the transaction ends: two
 * evaluations of the same subject at once could each miss the other's events and leave an
 * outcome as neither would have. Ingest itself never waits on it.
 */
export async function lockPromiseEvaluation(tx: TTransaction): Promise<void> {
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(${PROMISE_EVALUATION_LOCK}, hashtext(app_current_org()))`,
  );
}
