import type { TEventStats } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';

/** The head of the events page: how much there is, where it comes from, what the last week brought. */
export async function getEventStats(context: TServiceContext): Promise<TEventStats> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    const totals = await tx.execute<{ total: number; customers: number; last: Date | null }>(sql`
      SELECT count(*)::int AS total, count(DISTINCT customer_id)::int AS customers,
        (SELECT received_at FROM events WHERE org_id = ${orgId} ORDER BY id DESC LIMIT 1) AS last
      FROM events WHERE org_id = ${orgId}`);
    const week = await tx.execute<{
      accepted: number;
      duplicate: number;
      rejected: number;
      ingests: number;
    }>(sql`
      SELECT coalesce(sum(accepted), 0)::int AS accepted, coalesce(sum(duplicate), 0)::int AS duplicate,
        coalesce(sum(rejected), 0)::int AS rejected, count(*)::int AS ingests
      FROM event_ingests WHERE finished_at > now() - interval '7 days'`);
    const departments = await tx.execute<{
      id: string | null;
      name: string | null;
      count: number;
    }>(sql`
      SELECT e.department_id AS id, d.name, e.count FROM (
        SELECT department_id, count(*)::int AS count FROM events WHERE org_id = ${orgId}
        GROUP BY department_id) e
      LEFT JOIN departments d ON d.id = e.department_id ORDER BY e.count DESC`);
    const head = totals.rows[0];
    return {
      totalEvents: head?.total ?? 0,
      customersWithEvents: head?.customers ?? 0,
      lastReceivedAt: head?.last ? new Date(head.last).toISOString() : null,
      last7Days: week.rows[0] ?? { accepted: 0, duplicate: 0, rejected: 0, ingests: 0 },
      byDepartment: departments.rows,
    };
  });
}
