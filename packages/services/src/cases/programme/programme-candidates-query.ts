import type { TTransaction } from '@customeric/db';
import {
  scoreProgrammeCandidate,
  type TCasePriority,
  type TPlanCandidate,
} from '@customeric/domain';
import { sql } from 'drizzle-orm';

/** How far back the rules look: cases opened in the last 90 days, revenue over a year. */
const CASE_WINDOW_DAYS = 90;

type TCandidateRow = {
  id: string;
  customer_id: string;
  department_id: string | null;
  priority: TCasePriority;
  value_percentile: number;
  contacts: number;
  breaches: number;
};

export interface TProgrammeCandidate extends TPlanCandidate {
  customerId: string;
}

/**
 * Open complaints not yet given to anyone, with the facts the rules read: where the customer's
 * invoiced revenue of the last year ranks among all customers, how often the customer got in
 * touch (cases in 90 days, calls in 30) and how many promises were broken for them in 90 days.
 * Scored in the domain; cases no rule picks are left out.
 */
export async function findProgrammeCandidates(
  tx: TTransaction,
  now: Date,
): Promise<TProgrammeCandidate[]> {
  const at = now.toISOString();
  const rows = await tx.execute<TCandidateRow>(sql`
    WITH revenue AS (
      SELECT customer_id, sum(amount) AS revenue FROM events
      WHERE type = 'invoice.issued' AND occurred_at > ${at}::timestamptz - interval '365 days'
        AND occurred_at <= ${at}::timestamptz
      GROUP BY customer_id),
    ranked AS (
      SELECT c.id, percent_rank() OVER (ORDER BY coalesce(r.revenue, 0))::float8 AS pct
      FROM customers c LEFT JOIN revenue r ON r.customer_id = c.id),
    open_cases AS (
      SELECT k.id, k.customer_id, k.department_id, k.priority, k.source_kind FROM cases k
      WHERE k.status_category IN ('open', 'waiting')
        AND k.opened_at > ${at}::timestamptz - make_interval(days => ${CASE_WINDOW_DAYS})
        AND k.opened_at <= ${at}::timestamptz
        AND NOT EXISTS (SELECT 1 FROM programme_assignments a WHERE a.case_id = k.id))
    SELECT k.id, k.customer_id, k.department_id, k.priority, coalesce(r.pct, 0) AS value_percentile,
      ((SELECT count(*) FROM cases o WHERE o.customer_id = k.customer_id
          AND o.opened_at > ${at}::timestamptz - make_interval(days => ${CASE_WINDOW_DAYS})
          AND o.opened_at <= ${at}::timestamptz)
       + (SELECT count(*) FROM events e WHERE e.customer_id = k.customer_id
          AND e.type = 'call.completed' AND e.occurred_at > ${at}::timestamptz - interval '30 days'
          AND e.occurred_at <= ${at}::timestamptz))::int AS contacts,
      ((SELECT count(*) FROM promise_breaches b WHERE b.customer_id = k.customer_id
          AND b.withdrawn_at IS NULL AND b.broken_at <= ${at}::timestamptz
          AND b.broken_at > ${at}::timestamptz - make_interval(days => ${CASE_WINDOW_DAYS}))
       + CASE WHEN k.source_kind = 'promise' THEN 1 ELSE 0 END)::int AS breaches
    FROM open_cases k LEFT JOIN ranked r ON r.id = k.customer_id`);
  return rows.rows.flatMap((row) => {
    const scored = scoreProgrammeCandidate({
      valuePercentile: Number(row.value_percentile),
      contacts: row.contacts,
      brokenPromises: row.breaches,
      priority: row.priority,
    });
    return scored
      ? [
          {
            caseId: row.id,
            customerId: row.customer_id,
            departmentId: row.department_id,
            ...scored,
          },
        ]
      : [];
  });
}
