import { newId, type TTransaction } from '@customeric/db';
import { FOLLOW_UP_WINDOW_DAYS, type TRandom } from '@customeric/domain';
import { openFollowUpCasesIn } from '@customeric/services';
import { sql } from 'drizzle-orm';

const DAY = 86_400_000;

const ACTIONS = [
  'Called the customer, went through the invoices together and sent corrected ones the same day.',
  'Apologised on the phone; arranged a fixed delivery window with Delivery & Logistics.',
  'Wrote back with what went wrong and what we changed; offered a call, which they declined.',
  'Called twice without reaching them; left a message and wrote an e-mail with the fix.',
];

/**
 * The closed loop on the voice demo's detractors: the follow-up cases the job opens, and the
 * older ones mostly closed with what was done and whether the customer was reached.
 */
export async function addDemoClosedLoop(
  tx: TTransaction,
  orgId: string,
  random: TRandom,
  today: Date,
) {
  // The job runs every minute; a daily pass at 18:00 gives each follow-up a believable date.
  let opened = 0;
  for (let daysAgo = FOLLOW_UP_WINDOW_DAYS; daysAgo >= 0; daysAgo--) {
    const evening = Math.floor((today.getTime() - daysAgo * DAY) / DAY) * DAY + 18 * 3_600_000;
    opened += await openFollowUpCasesIn(tx, orgId, new Date(Math.min(evening, today.getTime())));
  }
  const cases = await tx.execute<{ case_id: string; opened_at: Date | string }>(sql`
    SELECT f.case_id, c.opened_at FROM case_follow_ups f JOIN cases c ON c.id = f.case_id
    ORDER BY f.case_id`);
  let closed = 0;
  for (const row of cases.rows) {
    const openedAt = new Date(row.opened_at).getTime();
    if (today.getTime() - openedAt < 6 * DAY || random.chance(0.3)) continue;
    const contacted = random.chance(0.8);
    const contactedAt = new Date(openedAt + random.int(2, 30) * 3_600_000);
    const closedAt = new Date(contactedAt.getTime() + random.int(1, 48) * 3_600_000);
    await closeLoop(tx, orgId, row.case_id, {
      contacted,
      contactedAt,
      closedAt,
      action: random.pick(ACTIONS),
    });
    closed++;
  }
  return { opened, closed };
}

async function closeLoop(
  tx: TTransaction,
  orgId: string,
  caseId: string,
  loop: { contacted: boolean; contactedAt: Date; closedAt: Date; action: string },
) {
  const at = loop.closedAt.toISOString();
  await tx.execute(sql`
    UPDATE case_follow_ups SET action_taken = ${loop.action}, customer_contacted = ${loop.contacted},
      contacted_on = ${loop.contacted ? loop.contactedAt.toISOString().slice(0, 10) : null}::date,
      closed_at = ${at}
    WHERE case_id = ${caseId}`);
  await tx.execute(sql`
    WITH first AS (SELECT status_key FROM cases WHERE id = ${caseId})
    INSERT INTO case_status_changes (org_id, id, case_id, from_status_key, to_status_key, at)
    SELECT ${orgId}, ${newId('csc')}, ${caseId}, first.status_key, 'resolved', ${at}::timestamptz FROM first
    UNION ALL SELECT ${orgId}, ${newId('csc')}, ${caseId}, 'resolved', 'closed', ${at}::timestamptz + interval '1 second'`);
  await tx.execute(sql`
    UPDATE cases SET status_key = 'closed', status_category = 'closed',
      root_cause = 'Followed up after a detractor’s answer', resolved_at = ${at},
      closed_at = ${at}::timestamptz + interval '1 second', version = version + 2, updated_at = ${at}
    WHERE id = ${caseId}`);
}
