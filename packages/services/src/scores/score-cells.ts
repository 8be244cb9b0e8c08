import type { TScoreCell } from '@customeric/contracts';
import {
  compareScores,
  EMPTY_SCORE_COUNTS,
  estimateScore,
  type TScoreCounts,
  type TScoreKind,
  type TScorePeriod,
} from '@customeric/domain';

/** One period's cell of a score table: the estimate, its interval, and the change from before. */
function toScoreCell(
  kind: TScoreKind,
  period: TScorePeriod,
  counts: TScoreCounts,
  before: TScoreCounts | null,
): TScoreCell {
  const estimate = estimateScore(kind, counts);
  const change = before ? compareScores(kind, before, counts) : null;
  const nps = kind === 'nps';
  return {
    period: period.label,
    start: period.start,
    n: counts.n,
    value: estimate?.value ?? null,
    low: estimate?.low ?? null,
    high: estimate?.high ?? null,
    smallSample: counts.n > 0 && (estimate?.smallSample ?? false),
    promoters: nps ? counts.promoters : null,
    passives: nps ? counts.passives : null,
    detractors: nps ? counts.detractors : null,
    change: change ? { ...change, real: change.low > 0 || change.high < 0 } : null,
  };
}

/** Cells of consecutive periods; `counts` has one more period at the front (for the first change). */
export function toScoreCells(
  kind: TScoreKind,
  periods: readonly TScorePeriod[],
  counts: (start: string) => TScoreCounts | undefined,
): TScoreCell[] {
  return periods.slice(1).map((period, index) => {
    const previous = periods[index] as TScorePeriod;
    return toScoreCell(
      kind,
      period,
      counts(period.start) ?? EMPTY_SCORE_COUNTS,
      counts(previous.start) ?? null,
    );
  });
}
