import type { TProgrammeRunResult } from '@customeric/contracts';
import { newId, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { assignmentDueAt, monthOf, planProgrammeAssignments, shiftMonth } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TMailer } from '../../mail/create-mailer.ts';
import { deliverPendingMail } from '../../mail/deliver-pending-mail.ts';
import { findProgrammeCandidates, type TProgrammeCandidate } from './programme-candidates-query.ts';
import { notifyAssignedExecutives } from './programme-mail.ts';
import { loadProgrammeSettings } from './programme-settings.ts';

export interface TRunInput {
  orgId: string;
  /** 'YYYY-MM-01'; the month of `now` when left out. */
  month?: string;
  now?: Date;
  byUserId?: string | null;
}

async function loadExecutives(tx: TTransaction, month: string) {
  const rows = await tx.execute<{
    id: string;
    name: string;
    department_id: string | null;
    assigned: (string | null)[];
  }>(sql`
    SELECT u.id, u.name, u.department_id,
      coalesce((SELECT array_agg(a.department_id ORDER BY a.assigned_at) FROM programme_assignments a
        WHERE a.executive_user_id = u.id AND a.month = ${month}::date), '{}') AS assigned
    FROM users u WHERE u.active AND u.is_executive ORDER BY u.id`);
  return rows.rows;
}

async function insertAssignments(
  tx: TTransaction,
  orgId: string,
  month: string,
  planned: { userId: string; candidate: TProgrammeCandidate }[],
  now: Date,
) {
  if (planned.length === 0) return [];
  const rows = planned.map(({ userId, candidate }) => ({
    id: newId('pga'),
    executive_user_id: userId,
    case_id: candidate.caseId,
    customer_id: candidate.customerId,
    department_id: candidate.departmentId,
    reasons: candidate.reasons,
    score: candidate.score,
  }));
  // The unique case_id is the last word: a case is never given twice, whatever else runs.
  const inserted = await tx.execute<{ id: string; executive_user_id: string; case_id: string }>(sql`
    INSERT INTO programme_assignments (org_id, id, month, executive_user_id, case_id, customer_id,
      department_id, reasons, score, assigned_at, due_at)
    SELECT ${orgId}, r.id, ${month}::date, r.executive_user_id, r.case_id, r.customer_id,
      r.department_id, r.reasons, r.score, ${now.toISOString()}::timestamptz,
      ${assignmentDueAt(month, now).toISOString()}::timestamptz
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, executive_user_id text,
      case_id text, customer_id text, department_id text, reasons text[], score numeric)
    ON CONFLICT (org_id, case_id) DO NOTHING
    RETURNING id, executive_user_id, case_id`);
  return inserted.rows;
}

function checkMonth(month: string, now: Date): void {
  const current = monthOf(now);
  if (month === current || month === shiftMonth(current, 1)) return;
  throw new AppError('validation_failed', {
    detail: `Complaints can be assigned for this month (${current.slice(0, 7)}) or the next, not for ${month.slice(0, 7)}.`,
    errors: [{ pointer: '/month', message: 'must be this month or the next' }],
  });
}

/**
 * The run inside the caller's transaction, for a month that is not checked (the demo writes
 * past months with it); `notify: false` queues no e-mails.
 */
export async function runProgrammeAssignmentIn(
  tx: TTransaction,
  input: { orgId: string; month: string; now: Date; byUserId: string | null; notify: boolean },
): Promise<TProgrammeRunResult> {
  const { orgId, month, now } = input;
  // One run per organisation and month at a time: a second waits, then finds the quota filled.
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${`programme:${orgId}:${month}`}, 0))`,
  );
  const { monthlyQuota } = await loadProgrammeSettings(tx);
  const executives = await loadExecutives(tx, month);
  const candidates = await findProgrammeCandidates(tx, now);
  const plan = planProgrammeAssignments(
    executives.map((row) => ({
      userId: row.id,
      departmentId: row.department_id,
      assignedDepartments: row.assigned,
    })),
    candidates,
    monthlyQuota,
  );
  const byCase = new Map(candidates.map((candidate) => [candidate.caseId, candidate]));
  const planned = plan.assignments.map(({ userId, caseId }) => ({
    userId,
    candidate: byCase.get(caseId) as TProgrammeCandidate,
  }));
  const inserted = await insertAssignments(tx, orgId, month, planned, now);
  const run = await tx.execute<{ runs: number }>(sql`
    INSERT INTO programme_runs (org_id, month, runs, assigned, last_run_at, last_run_by_user_id)
    VALUES (${orgId}, ${month}::date, 1, ${inserted.length}, ${now.toISOString()}, ${input.byUserId})
    ON CONFLICT (org_id, month) DO UPDATE SET runs = programme_runs.runs + 1,
      assigned = programme_runs.assigned + EXCLUDED.assigned, last_run_at = EXCLUDED.last_run_at,
      last_run_by_user_id = EXCLUDED.last_run_by_user_id
    RETURNING runs`);
  if (input.notify)
    await notifyAssignedExecutives(
      tx,
      orgId,
      month,
      inserted.map((row) => row.id),
    );
  const names = new Map(executives.map((row) => [row.id, row.name]));
  return {
    month: month.slice(0, 7),
    assigned: inserted.length,
    runs: run.rows[0]?.runs ?? 1,
    short: plan.short.map((entry) => ({ ...entry, name: names.get(entry.userId) ?? entry.userId })),
  };
}

/**
 * The monthly assignment of the executive programme, for the monthly job and the button: each
 * person marked executive gets up to the quota of open complaints picked by the rules, spread
 * over departments (never only their own), and an e-mail listing them. Running it again tops
 * up what is missing and changes nothing else; two runs at once queue on an advisory lock.
 */
export async function runProgrammeAssignment(
  database: TDatabase,
  input: TRunInput,
  mailer: TMailer | null,
): Promise<TProgrammeRunResult> {
  const now = input.now ?? new Date();
  const month = input.month ?? monthOf(now);
  checkMonth(month, now);
  const result = await withTenant(database, input.orgId, (tx) =>
    runProgrammeAssignmentIn(tx, {
      orgId: input.orgId,
      month,
      now,
      byUserId: input.byUserId ?? null,
      notify: true,
    }),
  );
  if (result.assigned > 0) await deliverPendingMail(database, input.orgId, mailer);
  return result;
}
