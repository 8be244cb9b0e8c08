import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { startPromiseEvaluation } from '../start-promise-evaluation.ts';

/**
 * A calendar changed (hours, zone, holidays, or which one is the default): every active
 * promise that reads it gets a new version and a replay of its history, since its deadlines
 * and the local times in its reasons may have moved.
 */
export async function reevaluateCalendarPromises(
  tx: TTransaction,
  orgId: string,
  calendarId: string,
): Promise<number> {
  const bumped = await tx.execute<{ id: string; version: number }>(sql`
    UPDATE promises p SET version = version + 1, updated_at = now()
    WHERE p.active AND (p.calendar_id = ${calendarId} OR (p.calendar_id IS NULL AND EXISTS (
      SELECT 1 FROM business_calendars c WHERE c.id = ${calendarId} AND c.is_default)))
    RETURNING p.id, p.version`);
  for (const promise of bumped.rows)
    await startPromiseEvaluation(tx, orgId, promise, 'rule_changed');
  return bumped.rows.length;
}
