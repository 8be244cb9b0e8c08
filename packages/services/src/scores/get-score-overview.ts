import type { TKeyScore, TScoreOverview } from '@customeric/contracts';
import {
  periodContaining,
  SCORE_KIND_UNITS,
  SCORE_KINDS,
  shiftPeriod,
  type TScoreKind,
} from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';
import { getScoreControlChart } from './get-score-control-chart.ts';
import { getScoreTable } from './get-score-table.ts';
import { analyseScoreChange } from './get-score-why.ts';
import { toWhyView } from './why-view.ts';

const NO_FILTERS = {} as const;

async function keyScore(
  context: TServiceContext,
  kind: TScoreKind,
  today: Date,
): Promise<TKeyScore | null> {
  const last = shiftPeriod(periodContaining('quarter', today), -1);
  const table = await getScoreTable(
    context,
    { kind, grain: 'quarter', to: last.start, ...NO_FILTERS },
    today,
  );
  const latest = table.total.cells.at(-1);
  if (!latest || table.total.cells.every((cell) => cell.n === 0)) return null;
  const chart = await getScoreControlChart(context, { kind, weeks: 13, ...NO_FILTERS }, today);
  const flagged = [...chart.weeks]
    .reverse()
    .find((week) => week.signal !== null || week.ewmaSignal !== null);
  const signal = flagged
    ? {
        period: flagged.period,
        direction: (flagged.signal ?? flagged.ewmaSignal) as 'up' | 'down',
        by: flagged.signal ? ('limits' as const) : ('ewma' as const),
      }
    : null;
  const { label, unit } = SCORE_KIND_UNITS[kind];
  return { kind, label, unit, latest, trend: table.total.cells, signal, verdict: chart.verdict };
}

/**
 * The CCO's dashboard: each score that has answers (last complete quarter, its interval, its
 * change and the newest weekly signal), and the reasons for the latest move of the first of
 * them (NPS when there is one), each with links to the evidence.
 */
export async function getScoreOverview(
  context: TServiceContext,
  today = new Date(),
): Promise<TScoreOverview> {
  const scores: TKeyScore[] = [];
  for (const kind of SCORE_KINDS) {
    const score = await keyScore(context, kind, today);
    if (score) scores.push(score);
  }
  const lead = scores[0];
  if (!lead || lead.trend.filter((cell) => cell.n > 0).length < 2) return { scores, why: null };
  const query = { kind: lead.kind, grain: 'quarter' as const, windowDays: 90 };
  const inputs = await analyseScoreChange(context, query, today);
  const view = toWhyView(query, inputs, lead.unit);
  return {
    scores,
    why: {
      kind: lead.kind,
      period1: view.period1.label,
      period2: view.period2.label,
      summary: view.summary,
    },
  };
}
