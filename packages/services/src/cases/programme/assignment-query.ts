import type { TProgrammeAssignment } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import type { TProgrammeReason } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';

type TAssignmentRow = {
  id: string;
  month: string;
  executive_user_id: string;
  executive_name: string;
  case_id: string;
  case_subject: string;
  case_status_name: string;
  customer_id: string;
  customer_name: string;
  department_id: string | null;
  department_name: string | null;
  reasons: TProgrammeReason[];
  score: string | number;
  assigned_at: Date | string;
  due_at: Date | string;
  handled_at: Date | string | null;
  handling_notes: string | null;
};

const iso = (value: Date | string) => new Date(value).toISOString();

/** Assignments with the names people read, `overdue` as of `now`; the caller adds the filter. */
export async function selectAssignments(
  tx: TTransaction,
  where: SQL,
  now: Date,
): Promise<TProgrammeAssignment[]> {
  const rows = await tx.execute<TAssignmentRow>(sql`
    SELECT a.id, to_char(a.month, 'YYYY-MM') AS month, a.executive_user_id, u.name AS executive_name,
      a.case_id, c.subject AS case_subject, s.name AS case_status_name, a.customer_id,
      cu.name AS customer_name, a.department_id, d.name AS department_name, a.reasons, a.score,
      a.assigned_at, a.due_at, a.handled_at, a.handling_notes
    FROM programme_assignments a
    JOIN users u ON u.org_id = a.org_id AND u.id = a.executive_user_id
    JOIN cases c ON c.org_id = a.org_id AND c.id = a.case_id
    JOIN case_statuses s ON s.org_id = c.org_id AND s.key = c.status_key
    JOIN customers cu ON cu.org_id = a.org_id AND cu.id = a.customer_id
    LEFT JOIN departments d ON d.org_id = a.org_id AND d.id = a.department_id
    WHERE ${where}
    ORDER BY a.month DESC, u.name, a.due_at, a.id`);
  return rows.rows.map((row) => ({
    id: row.id,
    month: row.month,
    executiveUserId: row.executive_user_id,
    executiveName: row.executive_name,
    caseId: row.case_id,
    caseSubject: row.case_subject,
    caseStatusName: row.case_status_name,
    customerId: row.customer_id,
    customerName: row.customer_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    reasons: row.reasons,
    score: Number(row.score),
    assignedAt: iso(row.assigned_at),
    dueAt: iso(row.due_at),
    handledAt: row.handled_at ? iso(row.handled_at) : null,
    handlingNotes: row.handling_notes,
    overdue: row.handled_at === null && new Date(row.due_at) < now,
  }));
}
