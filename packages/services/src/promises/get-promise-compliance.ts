import type {
  TComplianceGroup,
  TCompliancePoint,
  TComplianceQuery,
  TComplianceReport,
} from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { nameGroups } from './compliance-names.ts';
import { complianceTrend, defaultRange, listPeriods } from './compliance-periods.ts';
import { momentBound } from './list-cursor.ts';
import { outcomeFilters } from './outcome-list-query.ts';
import { rateOf } from './promise-query.ts';

const GROUP_COLUMNS: Record<TComplianceQuery['groupBy'], SQL> = {
  promise: sql`o.promise_id`,
  department: sql`o.department_id`,
  value_chain: sql`o.value_chain_id`,
  stage: sql`o.stage_id`,
  segment: sql`o.segment`,
  customer: sql`o.customer_id`,
};

type TCountRow = { key: string | null; period: string; kept: number; broken: number; open: number };

async function countByGroupAndPeriod(
  tx: TTransaction,
  query: TComplianceQuery,
  range: { from: string; to: string },
): Promise<TCountRow[]> {
  const conditions = outcomeFilters({ ...query, from: range.from, to: range.to });
  const result = await tx.execute<TCountRow>(sql`
    SELECT ${GROUP_COLUMNS[query.groupBy]} AS key,
      to_char(date_trunc(${query.period}, o.started_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS period,
      count(*) FILTER (WHERE o.status = 'kept')::int AS kept,
      count(*) FILTER (WHERE o.status = 'broken')::int AS broken,
      count(*) FILTER (WHERE o.status = 'open')::int AS open
    FROM promise_outcomes o
    WHERE ${sql.join(conditions, sql` AND `)}
    GROUP BY 1, 2`);
  return result.rows;
}

function toSeries(periods: string[], rows: TCountRow[]): TCompliancePoint[] {
  const byPeriod = new Map<string, TCompliancePoint>(
    periods.map((period) => [period, { period, kept: 0, broken: 0, open: 0, rate: null }]),
  );
  for (const row of rows) {
    const point = byPeriod.get(row.period);
    if (!point) continue;
    point.kept += row.kept;
    point.broken += row.broken;
    point.open += row.open;
  }
  return [...byPeriod.values()].map((point) => ({
    ...point,
    rate: rateOf(point.kept, point.broken),
  }));
}

function sumOf(series: TCompliancePoint[]) {
  const kept = series.reduce((sum, point) => sum + point.kept, 0);
  const broken = series.reduce((sum, point) => sum + point.broken, 0);
  const open = series.reduce((sum, point) => sum + point.open, 0);
  return { kept, broken, open, rate: rateOf(kept, broken) };
}

/**
 * Kept / broken / open by promise, department, value chain, stage, segment or customer, per
 * week or month (outcomes counted in the period they started), with each group's trend.
 * Counting is SQL's (one GROUP BY); only the small grid of counts is shaped here.
 */
export async function getPromiseCompliance(
  context: TServiceContext,
  query: TComplianceQuery,
  now: Date = new Date(),
): Promise<TComplianceReport> {
  const fallback = defaultRange(now, query.period);
  const range = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  range.from = momentBound(range.from, false).slice(0, 10);
  const periods = listPeriods(range.from, range.to, query.period);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await countByGroupAndPeriod(tx, query, range);
    const byKey = new Map<string | null, TCountRow[]>();
    for (const row of rows) {
      const list = byKey.get(row.key);
      if (list) list.push(row);
      else byKey.set(row.key, [row]);
    }
    const unnamed = [...byKey.entries()].map(([key, groupRows]) => {
      const series = toSeries(periods, groupRows);
      return { key, series, trend: complianceTrend(series), ...sumOf(series) };
    });
    unnamed.sort((a, b) => b.broken - a.broken || b.kept + b.open - (a.kept + a.open));
    const shown = unnamed.slice(0, query.limit);
    const names = await nameGroups(
      tx,
      query.groupBy,
      shown.map((group) => group.key),
    );
    const groups: TComplianceGroup[] = shown.map((group) => ({
      ...group,
      name: names.get(group.key)?.name ?? group.key ?? 'Not recorded',
      targetRate: names.get(group.key)?.targetRate ?? null,
    }));
    const series = toSeries(periods, rows);
    return {
      groupBy: query.groupBy,
      period: query.period,
      from: range.from,
      to: range.to,
      periods,
      totals: sumOf(series),
      series,
      trend: complianceTrend(series),
      groups,
      groupsOmitted: unnamed.length - shown.length,
    };
  });
}
