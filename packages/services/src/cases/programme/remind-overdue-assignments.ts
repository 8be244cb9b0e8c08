import { type TDatabase, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TMailer } from '../../mail/create-mailer.ts';
import { deliverPendingMail } from '../../mail/deliver-pending-mail.ts';
import { remindExecutives } from './programme-mail.ts';

/**
 * The daily reminder: every executive with complaints past their date gets one e-mail listing
 * them. Each assignment remembers the day of its last reminder, so running again the same day
 * (or twice at once: the update takes the rows) reminds nobody twice.
 */
export async function remindOverdueAssignments(
  database: TDatabase,
  input: { orgId: string; now?: Date },
  mailer: TMailer | null,
): Promise<{ assignments: number; executives: number }> {
  const now = input.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const result = await withTenant(database, input.orgId, async (tx) => {
    const due = await tx.execute<{ id: string }>(sql`
      UPDATE programme_assignments a SET reminded_on = ${today}::date, reminders = a.reminders + 1
      FROM users u
      WHERE u.org_id = a.org_id AND u.id = a.executive_user_id AND u.active
        AND a.handled_at IS NULL AND a.due_at < ${now.toISOString()}::timestamptz
        AND a.reminded_on IS DISTINCT FROM ${today}::date
      RETURNING a.id`);
    const ids = due.rows.map((row) => row.id);
    return { assignments: ids.length, executives: await remindExecutives(tx, input.orgId, ids) };
  });
  if (result.assignments > 0) await deliverPendingMail(database, input.orgId, mailer);
  return result;
}
