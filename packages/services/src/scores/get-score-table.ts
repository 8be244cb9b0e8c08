import type { TScoreTable, TScoreTableQuery } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import {
  addScoreCounts,
  EMPTY_SCORE_COUNTS,
  periodContaining,
  periodsBetween,
  SCORE_KIND_UNITS,
  SMALL_SAMPLE_ANSWERS,
  shiftPeriod,
  type TScoreCounts,
  type TScoreGrain,
} from '@customeric/domain';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readScoreCounts } from './read-score-counts.ts';
import { toScoreCells } from './score-cells.ts';
import { loadDimensionLabels } from './score-labels.ts';

/** How many periods a table shows when no start is given. */
const DEFAULT_PERIODS: Record<TScoreGrain, number> = { week: 26, month: 12, quarter: 8, year: 5 };
const MAX_PERIODS = 260;

function choosePeriods(query: TScoreTableQuery, today: Date) {
  const last = periodContaining(query.grain, query.to ?? today);
  const first = query.from
    ? periodContaining(query.grain, query.from)
    : shiftPeriod(last, 1 - DEFAULT_PERIODS[query.grain]);
  if (first.start > last.start)
    throw new AppError('validation_failed', {
      detail: 'The first period comes after the last one; swap from and to.',
      errors: [{ pointer: '/from', message: 'must not be after to' }],
    });
  const periods = periodsBetween(
    query.grain,
    shiftPeriod(first, -1).start,
    last.start,
    MAX_PERIODS + 2,
  );
  if (periods.length > MAX_PERIODS + 1)
    throw new AppError('validation_failed', {
      detail: `A table shows at most ${MAX_PERIODS} periods; choose a shorter range or a coarser grain.`,
      errors: [{ pointer: '/from', message: `more than ${MAX_PERIODS} periods` }],
    });
  return periods;
}

/**
 * A score by period, and by one dimension when asked: each cell with its interval, number of
 * answers, small-sample mark and change from the period before. Reads the stored counts
 * (weeks, or months summed to quarters and years), never the answers themselves.
 */
export async function getScoreTable(
  context: TServiceContext,
  query: TScoreTableQuery,
  today = new Date(),
): Promise<TScoreTable> {
  const periods = choosePeriods(query, today);
  const from = (periods[0] as { start: string }).start;
  const to = (periods.at(-1) as { end: string }).end;
  const { kind, grain, by } = query;
  const { rows, label } = await withTenant(context.database, context.actor.orgId, async (tx) => ({
    rows: await readScoreCounts(tx, {
      orgId: context.actor.orgId,
      kind,
      grain,
      from,
      to,
      filters: query,
      by: by ? [by] : [],
    }),
    label: by ? await loadDimensionLabels(tx, by) : () => 'All answers',
  }));
  const byKey = new Map<string, Map<string, TScoreCounts>>();
  const total = new Map<string, TScoreCounts>();
  for (const row of rows) {
    const key = row.keys[0] ?? '';
    const series = byKey.get(key) ?? new Map<string, TScoreCounts>();
    series.set(row.start, row.counts);
    byKey.set(key, series);
    total.set(row.start, addScoreCounts(total.get(row.start) ?? EMPTY_SCORE_COUNTS, row.counts));
  }
  const shown = periods.slice(1);
  const answersOf = (series: Map<string, TScoreCounts>) =>
    shown.reduce((sum, p) => sum + (series.get(p.start)?.n ?? 0), 0);
  const groups = query.by
    ? [...byKey.entries()]
        .filter(([, series]) => answersOf(series) > 0)
        .sort(([a, x], [b, y]) => answersOf(y) - answersOf(x) || a.localeCompare(b))
        .map(([key, series]) => ({
          key: key === '' ? null : key,
          label: label(key),
          cells: toScoreCells(query.kind, periods, (start) => series.get(start)),
        }))
    : [];
  return {
    kind: query.kind,
    grain: query.grain,
    by: query.by ?? null,
    unit: SCORE_KIND_UNITS[query.kind].unit,
    smallSampleBelow: SMALL_SAMPLE_ANSWERS,
    periods: shown.map(({ label, start, end }) => ({ label, start, end })),
    total: {
      key: null,
      label: 'All answers',
      cells: toScoreCells(query.kind, periods, (start) => total.get(start)),
    },
    groups,
  };
}
