import type { TPersonalHandling } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';

/** Personal handlings with the name of who handled them, oldest first. */
export async function selectHandlings(tx: TTransaction, where: SQL): Promise<TPersonalHandling[]> {
  const rows = await tx.execute<{
    id: string;
    case_id: string;
    user_id: string;
    user_name: string;
    assignment_id: string | null;
    notes: string;
    handled_at: Date | string;
  }>(sql`
    SELECT h.id, h.case_id, h.user_id, u.name AS user_name, h.assignment_id, h.notes, h.handled_at
    FROM personal_handlings h JOIN users u ON u.org_id = h.org_id AND u.id = h.user_id
    WHERE ${where} ORDER BY h.handled_at, h.id`);
  return rows.rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    userId: row.user_id,
    userName: row.user_name,
    assignmentId: row.assignment_id,
    notes: row.notes,
    handledAt: new Date(row.handled_at).toISOString(),
  }));
}
