import type { TProgrammeOverview, TProgrammeOverviewQuery } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { monthOf, shiftMonth } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { loadProgrammeSettings } from './programme-settings.ts';

type TCellRow = {
  user_id: string;
  name: string;
  department_name: string | null;
  month: string | null;
  assigned: number;
  handled: number;
  overdue: number;
  calls: number;
};

/**
 * Completion per executive and month, the programme page's grid: complaints assigned, handled
 * and overdue, and calls listened to. Everyone marked executive has a row, and so has anyone
 * who had assignments in the months shown.
 */
export async function getProgrammeOverview(
  context: TServiceContext,
  query: TProgrammeOverviewQuery,
  now: Date = new Date(),
): Promise<TProgrammeOverview> {
  const last = query.to ? `${query.to}-01` : monthOf(now);
  const months = Array.from({ length: query.months }, (_, index) =>
    shiftMonth(last, index - query.months + 1),
  );
  const first = months[0] as string;
  const end = shiftMonth(last, 1);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const { monthlyQuota } = await loadProgrammeSettings(tx);
    const rows = await tx.execute<TCellRow>(sql`
      WITH work AS (
        SELECT executive_user_id AS user_id, to_char(month, 'YYYY-MM') AS month, 1 AS assigned,
          (handled_at IS NOT NULL)::int AS handled,
          (handled_at IS NULL AND due_at < ${now.toISOString()}::timestamptz)::int AS overdue, 0 AS calls
        FROM programme_assignments WHERE month >= ${first}::date AND month < ${end}::date
        UNION ALL
        SELECT user_id, to_char(listened_on, 'YYYY-MM'), 0, 0, 0, 1 FROM calls_listened
        WHERE listened_on >= ${first}::date AND listened_on < ${end}::date),
      people AS (
        SELECT id FROM users WHERE active AND is_executive
        UNION SELECT user_id FROM work WHERE assigned = 1)
      SELECT u.id AS user_id, u.name, d.name AS department_name, w.month,
        coalesce(sum(w.assigned), 0)::int AS assigned, coalesce(sum(w.handled), 0)::int AS handled,
        coalesce(sum(w.overdue), 0)::int AS overdue, coalesce(sum(w.calls), 0)::int AS calls
      FROM people p JOIN users u ON u.id = p.id
      LEFT JOIN departments d ON d.org_id = u.org_id AND d.id = u.department_id
      LEFT JOIN work w ON w.user_id = u.id
      GROUP BY u.id, u.name, d.name, w.month ORDER BY u.name, u.id`);
    const executives = new Map<string, TProgrammeOverview['executives'][number]>();
    const totals = { assigned: 0, handled: 0, overdue: 0, calls: 0 };
    for (const row of rows.rows) {
      const entry = executives.get(row.user_id) ?? {
        userId: row.user_id,
        name: row.name,
        departmentName: row.department_name,
        cells: months.map((month) => ({
          month: month.slice(0, 7),
          assigned: 0,
          handled: 0,
          overdue: 0,
          calls: 0,
        })),
      };
      const cell = entry.cells.find((item) => item.month === row.month);
      if (cell) {
        Object.assign(cell, {
          assigned: row.assigned,
          handled: row.handled,
          overdue: row.overdue,
          calls: row.calls,
        });
        for (const key of ['assigned', 'handled', 'overdue', 'calls'] as const)
          totals[key] += row[key];
      }
      executives.set(row.user_id, entry);
    }
    return {
      months: months.map((month) => month.slice(0, 7)),
      quota: monthlyQuota,
      executives: [...executives.values()],
      totals,
    };
  });
}
