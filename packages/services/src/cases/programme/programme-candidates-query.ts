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
 * Complaints open at `now` (not resolved by then) and not yet given to anyone, with the facts
 * the rules read: where the customer's invoiced revenue of the last year ranks among the
 * customers with open complaints (the most valuable of those who complain), how often the
 * customer got in touch (cases in 90 days, calls in 30) and how many promises were broken for
 * them in 90 days.
 * Scored in the domain; cases no rule picks are left out.
 */
export async function findProgrammeCandidates(
  tx: TTransaction,
  now: Date,
): Promise<TProgrammeCandidate[]> {
  const at = now.toISOString();
  const rows = await tx.execute<TCandidateRow>(sql`
    WITH open_cases AS (
      SELECT k.id, k.customer_id, k.department_id, k.priority, k.source_kind FROM cases k
      -- Open at that moment: not resolved by then (a reopened case has no resolved_at), so
      -- a run for a moment in the past sees the cases as they were.
      WHERE (k.resolved_at IS NULL OR k.resolved_at > ${at}::timestamptz)
        AND (k.closed_at IS NULL OR k.closed_at > ${at}::timestamptz)
        AND k.opened_at > ${at}::timestamptz - make_interval(days => ${CASE_WINDOW_DAYS})
        AND k.opened_at <= ${at}::timestamptz
        AND NOT EXISTS (SELECT 1 FROM programme_assignments a WHERE a.case_id = k.id)),
    complaining AS (SELECT DISTINCT customer_id FROM open_cases),
    -- Each complaining customer's invoices (through the timeline index), not every event.
    revenue AS (
      SELECT c.customer_id, (SELECT coalesce(sum(e.amount), 0) FROM events e
        WHERE e.customer_id = c.customer_id AND e.type = 'invoice.issued'
          AND e.occurred_at > ${at}::timestamptz - interval '365 days'
          AND e.occurred_at <= ${at}::timestamptz) AS revenue
      FROM complaining c),
    ranked AS (
      SELECT customer_id AS id, percent_rank() OVER (ORDER BY revenue)::float8 AS pct FROM revenue)
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
