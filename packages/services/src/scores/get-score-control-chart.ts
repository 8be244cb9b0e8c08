import type {
  TControlWeek,
  TScoreControlChart,
  TScoreControlChartQuery,
} from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import {
  EMPTY_SCORE_COUNTS,
  periodContaining,
  periodsBetween,
  SCORE_KIND_UNITS,
  scoreControlChart,
  shiftPeriod,
} from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { readScoreCounts } from './read-score-counts.ts';

function describeChart(weeks: readonly TControlWeek[], label: string): string {
  const answered = weeks.filter((week) => week.n > 0);
  if (answered.length === 0) return `No ${label} answers in these weeks yet.`;
  const signals = weeks.filter((week) => week.signal !== null);
  const lastSignal = signals.at(-1);
  const lastDrift = [...weeks].reverse().find((week) => week.ewmaSignal !== null);
  // Naming only the newest of several would hide, say, the trouble weeks behind a later rise.
  if (signals.length > 1) {
    const list = signals
      .map((week) => `${week.period} ${week.signal === 'up' ? 'above' : 'below'}`)
      .join(', ');
    return `${signals.length} weeks are outside their limits (${list}): real changes in those weeks, not noise.`;
  }
  if (lastSignal) {
    const direction = lastSignal.signal === 'up' ? 'above its upper' : 'below its lower';
    return `${lastSignal.period} is ${direction} limit: a real ${lastSignal.signal === 'up' ? 'rise' : 'fall'} in that week, not noise.`;
  }
  if (lastDrift)
    return `No single week is outside its limits, but the EWMA shows a slow ${lastDrift.ewmaSignal === 'up' ? 'rise' : 'fall'} (from ${lastDrift.period}).`;
  return `Every week is within its limits: the ups and downs of ${label} here are noise.`;
}

/** Weekly control chart of a score: limits that follow each week's answers, and an EWMA. */
export async function getScoreControlChart(
  context: TServiceContext,
  query: TScoreControlChartQuery,
  today = new Date(),
): Promise<TScoreControlChart> {
  const last = periodContaining('week', query.to ?? today);
  const first = shiftPeriod(last, 1 - query.weeks);
  const periods = periodsBetween('week', first.start, last.start);
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    readScoreCounts(tx, {
      orgId: context.actor.orgId,
      kind: query.kind,
      grain: 'week',
      from: first.start,
      to: last.end,
      filters: query,
    }),
  );
  const byStart = new Map(rows.map((row) => [row.start, row.counts]));
  const counts = periods.map((period) => byStart.get(period.start) ?? EMPTY_SCORE_COUNTS);
  const points = scoreControlChart(query.kind, counts) ?? [];
  const weeks = points.map((point, index) => {
    const period = periods[index] as (typeof periods)[number];
    return { period: period.label, start: period.start, ...point };
  });
  const { label, unit } = SCORE_KIND_UNITS[query.kind];
  return { kind: query.kind, unit, weeks, verdict: describeChart(weeks, label) };
}
