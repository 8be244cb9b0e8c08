import { newId, type TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';

/** Monday to Friday, nine to five: what "business hours" means until someone says otherwise. */
export const OFFICE_HOURS = [1, 2, 3, 4, 5].map((day) => ({ day, open: '09:00', close: '17:00' }));

/**
 * The organisation's default calendar, created (office hours, UTC) the first time a promise
 * needs business time and none exists, so such a promise can always be evaluated.
 */
export async function ensureDefaultCalendar(tx: TTransaction, orgId: string): Promise<string> {
  const existing = await tx.execute<{ id: string }>(sql`
    SELECT id FROM business_calendars WHERE is_default LIMIT 1`);
  const found = existing.rows[0];
  if (found) return found.id;
  const id = newId('cal');
  await tx.execute(sql`
    INSERT INTO business_calendars (org_id, id, name, time_zone, week, is_default)
    VALUES (${orgId}, ${id}, 'Office hours', 'UTC', ${JSON.stringify(OFFICE_HOURS)}::jsonb, true)
    ON CONFLICT (org_id, name) DO UPDATE SET is_default = true
    RETURNING id`);
  const chosen = await tx.execute<{ id: string }>(sql`
    SELECT id FROM business_calendars WHERE is_default LIMIT 1`);
  return chosen.rows[0]?.id ?? id;
}
