import { newId, type TTransaction } from '@customeric/db';
import { createRandom, monthOf, shiftMonth, type TRandom } from '@customeric/domain';
import { runProgrammeAssignmentIn } from '@customeric/services';
import { sql } from 'drizzle-orm';
import { insertDemoClockPolicies, raiseDemoClockHistory } from './demo-case-clocks.ts';
import { DEMO_CALL_LEARNINGS, DEMO_HANDLING_NOTES } from './demo-case-programme-texts.ts';
import { addDemoClosedLoop } from './demo-closed-loop.ts';

const DAY = 86_400_000;
const HISTORY_MONTHS = 5;

/** The CFO is the busiest executive: the one whose months run over in the demo. */
const BUSY_EXECUTIVE = 'cfo@acme.example';

async function handleAssignments(tx: TTransaction, random: TRandom, month: string, today: Date) {
  const rows = await tx.execute<{
    id: string;
    case_id: string;
    user_id: string;
    email: string;
    assigned_at: Date;
    due_at: Date;
  }>(sql`
    SELECT a.id, a.case_id, a.executive_user_id AS user_id, u.email, a.assigned_at, a.due_at
    FROM programme_assignments a JOIN users u ON u.id = a.executive_user_id
    WHERE a.month = ${month}::date ORDER BY a.id`);
  const current = month === monthOf(today);
  for (const row of rows.rows) {
    const busy = row.email === BUSY_EXECUTIVE;
    if (!random.chance(current ? 0.45 : busy ? 0.4 : 0.9)) continue;
    const from = new Date(row.assigned_at).getTime() + DAY;
    const until = Math.min(new Date(row.due_at).getTime() - DAY, today.getTime() - 3_600_000);
    if (until <= from) continue;
    const at = new Date(from + random.next() * (until - from)).toISOString();
    const notes = random.pick(DEMO_HANDLING_NOTES);
    await tx.execute(
      sql`UPDATE programme_assignments SET handled_at = ${at}, handling_notes = ${notes} WHERE id = ${row.id}`,
    );
    await tx.execute(sql`
      INSERT INTO personal_handlings (org_id, id, case_id, user_id, assignment_id, notes, handled_at)
      SELECT org_id, ${newId('phd')}, case_id, executive_user_id, id, ${notes}, ${at}
      FROM programme_assignments WHERE id = ${row.id}`);
  }
}

async function addCalls(
  tx: TTransaction,
  orgId: string,
  random: TRandom,
  month: string,
  today: Date,
) {
  const executives = await tx.execute<{ id: string }>(
    sql`SELECT id FROM users WHERE is_executive AND active ORDER BY id`,
  );
  const calls = await tx.execute<{
    customer_id: string;
    department_id: string | null;
    at: Date;
  }>(sql`
    SELECT customer_id, department_id, occurred_at AS at FROM events
    WHERE type = 'call.completed' AND occurred_at >= ${month}::date
      AND occurred_at < ${shiftMonth(month, 1)}::date AND occurred_at <= ${today.toISOString()}
    ORDER BY id`);
  if (calls.rows.length === 0) return 0;
  let logged = 0;
  for (const executive of executives.rows) {
    for (let index = random.int(0, 2); index > 0; index--) {
      const call = random.pick(calls.rows);
      await tx.execute(sql`
        INSERT INTO calls_listened (org_id, id, user_id, listened_on, customer_id, department_id, minutes, learned, created_at)
        VALUES (${orgId}, ${newId('cll')}, ${executive.id}, ${new Date(call.at).toISOString().slice(0, 10)}::date,
          ${call.customer_id}, ${call.department_id}, ${random.int(6, 35)}, ${random.pick(DEMO_CALL_LEARNINGS)}, ${call.at})`);
      logged++;
    }
  }
  return logged;
}

/**
 * The rest of the demo's cases: clock policies on the service desk's calendar, the closed loop
 * on detractors, six months of the executive programme (the assignment run on the first of
 * each month and topped up through it, most complaints handled, the CFO's months running over), calls listened to with
 * what was learned, and the alerts the clocks raised over the last two weeks.
 */
export async function addDemoCaseProgramme(
  tx: TTransaction,
  input: { orgId: string; seed: number; today?: Date },
) {
  const today = input.today ?? new Date();
  const random = createRandom(input.seed + 11);
  const policies = await insertDemoClockPolicies(tx, input.orgId);
  const loop = await addDemoClosedLoop(tx, input.orgId, random, today);
  let assignments = 0;
  let calls = 0;
  for (let offset = -HISTORY_MONTHS; offset <= 0; offset++) {
    const month = shiftMonth(monthOf(today), offset);
    // The run on the first, then the CCO's top-ups as complaints come in during the month.
    for (const day of [1, 11, 21]) {
      const at = Date.parse(`${month.slice(0, 8)}${String(day).padStart(2, '0')}T06:00:00Z`);
      if (at > today.getTime()) break;
      const now = new Date(at);
      const run = await runProgrammeAssignmentIn(tx, {
        orgId: input.orgId,
        month,
        now,
        byUserId: null,
        notify: false,
      });
      assignments += run.assigned;
    }
    await handleAssignments(tx, random, month, today);
    calls += await addCalls(tx, input.orgId, random, month, today);
  }
  const escalations = await raiseDemoClockHistory(tx, input.orgId, today);
  return { policies, ...loop, assignments, calls, escalations };
}
