import type { TCaseFollowUp } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';

/** The follow-up record of a case, with the answer's comment; null for other cases. */
export async function findFollowUp(
  tx: TTransaction,
  caseId: string,
): Promise<TCaseFollowUp | null> {
  const rows = await tx.execute<{
    answer_id: string;
    survey_kind: string;
    score: number;
    comment: string | null;
    action_taken: string | null;
    customer_contacted: boolean | null;
    contacted_on: string | null;
    closed_at: Date | string | null;
    closed_by_name: string | null;
  }>(sql`
    SELECT f.answer_id, f.survey_kind, f.score, a.comment, f.action_taken, f.customer_contacted,
      f.contacted_on::text AS contacted_on, f.closed_at, u.name AS closed_by_name
    FROM case_follow_ups f
    LEFT JOIN survey_answers a ON a.org_id = f.org_id AND 'ans_' || a.id = f.answer_id
    LEFT JOIN users u ON u.org_id = f.org_id AND u.id = f.closed_by_user_id
    WHERE f.case_id = ${caseId}`);
  const row = rows.rows[0];
  if (!row) return null;
  return {
    caseId,
    answerId: row.answer_id,
    surveyKind: row.survey_kind,
    score: row.score,
    comment: row.comment,
    actionTaken: row.action_taken,
    customerContacted: row.customer_contacted,
    contactedOn: row.contacted_on,
    closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
    closedByName: row.closed_by_name,
  };
}
