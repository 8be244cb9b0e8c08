import type { TScoreWhy, TScoreWhyQuery } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import {
  explainScoreChange,
  SCORE_KIND_UNITS,
  type TScorePeriod,
  type TWhyCell,
} from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { readScoreCounts } from './read-score-counts.ts';
import { loadDimensionLabels } from './score-labels.ts';
import { loadDriverCatalog } from './why-catalog.ts';
import { readAnswerPatterns } from './why-patterns.ts';
import { choosePeriods } from './why-periods.ts';
import { type TWhyInputs, toWhyView } from './why-view.ts';

async function readCells(
  tx: TTransaction,
  orgId: string,
  query: TScoreWhyQuery,
  periods: [TScorePeriod, TScorePeriod],
) {
  const cells: TWhyCell[] = [];
  for (const [index, period] of periods.entries()) {
    const rows = await readScoreCounts(tx, {
      orgId,
      kind: query.kind,
      grain: period.grain,
      from: period.start,
      to: period.end,
      filters: query,
      by: ['segment', 'stage', 'department'],
    });
    for (const row of rows) {
      const [segment = '', stageId = '', departmentId = ''] = row.keys;
      cells.push({
        period: index === 0 ? 1 : 2,
        segment,
        stageId,
        departmentId,
        counts: row.counts,
      });
    }
  }
  return cells;
}

/** Reads what the "why" needs and analyses it: shared by the page and the dashboard. */
export async function analyseScoreChange(
  context: TServiceContext,
  query: TScoreWhyQuery,
  today: Date,
): Promise<TWhyInputs> {
  const periods = choosePeriods(query, today);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    // One analytic read over up to millions of answers: room for its hashes and sorts, and for
    // the compared answers themselves (about 80 MB a million), in memory rather than on disk.
    await tx.execute(sql`SET LOCAL work_mem = '128MB'`);
    const request = { kind: query.kind, periods, windowDays: query.windowDays };
    const drivers = await loadDriverCatalog(tx, request);
    const cells = await readCells(tx, context.actor.orgId, query, periods);
    const patterns = await readAnswerPatterns(tx, {
      ...request,
      orgId: context.actor.orgId,
      filters: query,
      drivers,
    });
    const segmentLabel = await loadDimensionLabels(tx, 'segment');
    const analysis = explainScoreChange({
      kind: query.kind,
      label1: periods[0].label,
      label2: periods[1].label,
      cells,
      patterns,
      drivers,
      segmentName: segmentLabel,
    });
    return { periods, drivers, analysis, segmentLabel };
  });
}

/**
 * Why a score moved between two periods: the change with its interval, mix and rate by
 * segment, Shapley effects over segment, stage and department, the key drivers, and the
 * summary written from those numbers, each reason linked to its evidence.
 */
export async function getScoreWhy(
  context: TServiceContext,
  query: TScoreWhyQuery,
  today = new Date(),
): Promise<TScoreWhy> {
  const inputs = await analyseScoreChange(context, query, today);
  return toWhyView(query, inputs, SCORE_KIND_UNITS[query.kind].unit);
}
