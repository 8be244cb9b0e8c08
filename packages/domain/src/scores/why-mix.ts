import { decomposeRateChange } from './decompose-rate-change.ts';
import {
  addScoreCounts,
  compareScores,
  EMPTY_SCORE_COUNTS,
  type TScoreChange,
  type TScoreCounts,
  type TScoreKind,
} from './score-estimates.ts';
import { shapleyDecomposition } from './shapley-decomposition.ts';

/**
 * "Who answered" versus "how they felt": a score is a weighted mean over cells (segment,
 * stage, department), so its change splits exactly into composition effects and rate effects.
 */
export interface TWhyCell {
  period: 1 | 2;
  segment: string;
  stageId: string;
  departmentId: string;
  counts: TScoreCounts;
}

export interface TSegmentMix {
  segment: string;
  n1: number;
  n2: number;
  share1: number;
  share2: number;
  value1: number | null;
  value2: number | null;
  mix: number;
  rate: number;
  total: number;
  /** The segment's own change with its interval; null when a period has no answers of it. */
  change: TScoreChange | null;
}

export interface TMixDecomposition {
  value1: number;
  value2: number;
  total: number;
  mix: number;
  rate: number;
  bySegment: TSegmentMix[];
}

export interface TFactorShare {
  factor: 'segment' | 'stage' | 'department' | 'rate';
  effect: number;
}

/** The mean of the score's scale for a set of answers: NPS points, CSAT %, CES 1–7. */
export function scoreValue(kind: TScoreKind, counts: TScoreCounts): number | null {
  if (counts.n === 0) return null;
  if (kind === 'nps') return (100 * (counts.promoters - counts.detractors)) / counts.n;
  if (kind === 'csat') return (100 * counts.top2) / counts.n;
  return counts.sum / counts.n;
}

function sumBy(cells: readonly TWhyCell[], key: (cell: TWhyCell) => string, period: 1 | 2) {
  const sums = new Map<string, TScoreCounts>();
  for (const cell of cells) {
    if (cell.period !== period) continue;
    const k = key(cell);
    sums.set(k, addScoreCounts(sums.get(k) ?? EMPTY_SCORE_COUNTS, cell.counts));
  }
  return sums;
}

/** Kitagawa / Das Gupta split of the change by segment; null when a period has no answers. */
export function decomposeBySegment(
  kind: TScoreKind,
  cells: readonly TWhyCell[],
): TMixDecomposition | null {
  const first = sumBy(cells, (cell) => cell.segment, 1);
  const second = sumBy(cells, (cell) => cell.segment, 2);
  const keys = [...new Set([...first.keys(), ...second.keys()])].sort();
  const rows = keys.map((key) => {
    const c1 = first.get(key) ?? EMPTY_SCORE_COUNTS;
    const c2 = second.get(key) ?? EMPTY_SCORE_COUNTS;
    return { key, c1, c2, rate1: scoreValue(kind, c1), rate2: scoreValue(kind, c2) };
  });
  if (!rows.some((row) => row.c1.n > 0) || !rows.some((row) => row.c2.n > 0)) return null;
  const split = decomposeRateChange(
    rows.map((row) => ({
      key: row.key,
      weight1: row.c1.n,
      rate1: row.rate1,
      weight2: row.c2.n,
      rate2: row.rate2,
    })),
  );
  const bySegment = split.bySegment.map((effect, index) => {
    const row = rows[index] as (typeof rows)[number];
    const { share1, share2, mix, rate, total } = effect;
    const change = compareScores(kind, row.c1, row.c2);
    return {
      segment: effect.key,
      n1: row.c1.n,
      n2: row.c2.n,
      share1,
      share2,
      value1: row.rate1,
      value2: row.rate2,
      mix,
      rate,
      total,
      change,
    };
  });
  const { value1, value2, total, mix, rate } = split;
  return { value1, value2, total, mix, rate, bySegment };
}

/** share of `child` in `parent`, or the other period's when the parent is empty here. */
function conditional(child: number, parent: number, other: () => number): number {
  return parent > 0 ? child / parent : other();
}

/**
 * Shapley split over four factors (Das Gupta's P-factor method): value = Σ_cells
 * share(segment) · share(stage | segment) · share(department | segment, stage) · rate(cell).
 * The nesting order is a choice (segment first); the Shapley value then treats the four
 * factors symmetrically. A cell missing from one period takes the other period's rate and
 * conditional shares, so its appearance counts as composition only.
 */
export function decomposeByFactors(
  kind: TScoreKind,
  cells: readonly TWhyCell[],
): TFactorShare[] | null {
  const cellKey = (cell: TWhyCell) =>
    `${cell.segment}\u0000${cell.stageId}\u0000${cell.departmentId}`;
  const stageKey = (cell: TWhyCell) => `${cell.segment}\u0000${cell.stageId}`;
  const periods = [1, 2] as const;
  const maps = periods.map((period) => ({
    cell: sumBy(cells, cellKey, period),
    stage: sumBy(cells, stageKey, period),
    segment: sumBy(cells, (cell) => cell.segment, period),
    total: [...sumBy(cells, () => '', period).values()][0]?.n ?? 0,
  }));
  if (maps.some((map) => map.total === 0)) return null;
  const keys = [...new Set(cells.map(cellKey))].sort();
  const factors = {
    segment: [[], []],
    stage: [[], []],
    department: [[], []],
    rate: [[], []],
  } as Record<TFactorShare['factor'], [number[], number[]]>;
  for (const key of keys) {
    const [segment = '', stage = ''] = key.split('\u0000');
    const stageOf = `${segment}\u0000${stage}`;
    const n = (p: 0 | 1, map: 'cell' | 'stage' | 'segment', k: string) =>
      maps[p]?.[map].get(k)?.n ?? 0;
    const rates = periods.map((period) =>
      scoreValue(kind, maps[period - 1]?.cell.get(key) ?? EMPTY_SCORE_COUNTS),
    );
    for (const p of [0, 1] as const) {
      const other = (1 - p) as 0 | 1;
      factors.segment[p].push(n(p, 'segment', segment) / (maps[p]?.total ?? 1));
      factors.stage[p].push(
        conditional(n(p, 'stage', stageOf), n(p, 'segment', segment), () =>
          conditional(n(other, 'stage', stageOf), n(other, 'segment', segment), () => 0),
        ),
      );
      factors.department[p].push(
        conditional(n(p, 'cell', key), n(p, 'stage', stageOf), () =>
          conditional(n(other, 'cell', key), n(other, 'stage', stageOf), () => 0),
        ),
      );
      factors.rate[p].push(rates[p] ?? rates[other] ?? 0);
    }
  }
  const split = shapleyDecomposition(
    (Object.keys(factors) as TFactorShare['factor'][]).map((name) => ({
      name,
      values1: factors[name][0],
      values2: factors[name][1],
    })),
  );
  return split.effects.map((effect) => ({
    factor: effect.name as TFactorShare['factor'],
    effect: effect.effect,
  }));
}
