import type { TCaseEscalation } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';

type TEscalationRow = {
  id: string;
  case_id: string;
  case_subject: string;
  customer_name: string;
  department_name: string | null;
  policy_id: string;
  clock: TCaseEscalation['clock'];
  kind: TCaseEscalation['kind'];
  level: number;
  reason: string;
  notified: { userId: string; name: string }[] | null;
  due_at: Date | string | null;
  raised_at: Date | string;
};

const iso = (value: Date | string | null) =>
  value === null ? null : new Date(value).toISOString();

/** Escalations with the names people read; `where` and `tail` (order, limit) come from the caller. */
export async function selectEscalations(
  tx: TTransaction,
  where: SQL,
  tail: SQL,
): Promise<TCaseEscalation[]> {
  const rows = await tx.execute<TEscalationRow>(sql`
    SELECT e.id, e.case_id, c.subject AS case_subject, cu.name AS customer_name,
      d.name AS department_name, e.policy_id, e.clock, e.kind, e.level, e.reason, e.due_at,
      e.raised_at,
      (SELECT json_agg(json_build_object('userId', u.id, 'name', u.name) ORDER BY u.name)
         FROM users u WHERE u.id = ANY(e.notified_user_ids)) AS notified
    FROM case_escalations e
    JOIN cases c ON c.org_id = e.org_id AND c.id = e.case_id
    JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
    LEFT JOIN departments d ON d.org_id = c.org_id AND d.id = c.department_id
    WHERE ${where} ${tail}`);
  return rows.rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    caseSubject: row.case_subject,
    customerName: row.customer_name,
    departmentName: row.department_name,
    policyId: row.policy_id,
    clock: row.clock,
    kind: row.kind,
    level: row.level,
    reason: row.reason,
    notified: row.notified ?? [],
    dueAt: iso(row.due_at),
    raisedAt: iso(row.raised_at) as string,
  }));
}
