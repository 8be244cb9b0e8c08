import {
  addScoreCounts,
  compareScores,
  EMPTY_SCORE_COUNTS,
  type TScoreChange,
  type TScoreKind,
} from './score-estimates.ts';
import { analyseDrivers, type TAnswerPattern, type TDriverAnalysis } from './why-drivers.ts';
import {
  decomposeByFactors,
  decomposeBySegment,
  scoreValue,
  type TFactorShare,
  type TMixDecomposition,
  type TWhyCell,
} from './why-mix.ts';
import { summariseWhy, type TWhySentence, topSegment } from './why-summary.ts';

export interface TWhyAnalysisInput {
  kind: TScoreKind;
  label1: string;
  label2: string;
  /** Counts per period and cell (segment, stage, department). */
  cells: readonly TWhyCell[];
  /** Answer-level patterns of drivers (see analyseDrivers). */
  patterns: readonly TAnswerPattern[];
  /** One per driver index: the noun phrase the summary uses ("customers with a broken …"). */
  drivers: readonly { subject: string }[];
  segmentName: (segment: string) => string;
  minAnswers?: number;
}

export interface TWhyAnalysis {
  n1: number;
  n2: number;
  value1: number | null;
  value2: number | null;
  change: TScoreChange | null;
  mix: TMixDecomposition | null;
  factors: TFactorShare[] | null;
  topSegment: string | null;
  drivers: TDriverAnalysis;
  sentences: TWhySentence[];
}

/**
 * Why a score moved between two periods: the change with its interval; mix and rate effects
 * by segment and Shapley effects over segment, stage and department; the key drivers; and
 * the plain-language summary of those numbers.
 */
export function explainScoreChange(input: TWhyAnalysisInput): TWhyAnalysis {
  const { kind } = input;
  const totals = [1, 2].map((period) =>
    input.cells
      .filter((cell) => cell.period === period)
      .reduce((sum, cell) => addScoreCounts(sum, cell.counts), EMPTY_SCORE_COUNTS),
  );
  const [first = EMPTY_SCORE_COUNTS, second = EMPTY_SCORE_COUNTS] = totals;
  const change = compareScores(kind, first, second);
  const mix = decomposeBySegment(kind, input.cells);
  const factors = decomposeByFactors(kind, input.cells);
  const segment = mix ? (topSegment(mix)?.segment ?? null) : null;
  const drivers = analyseDrivers(kind, input.drivers.length, input.patterns, {
    segment,
    ...(input.minAnswers === undefined ? {} : { minAnswers: input.minAnswers }),
  });
  const value1 = scoreValue(kind, first);
  const value2 = scoreValue(kind, second);
  const sentences = summariseWhy({
    kind,
    label1: input.label1,
    label2: input.label2,
    value1,
    value2,
    change,
    mix,
    drivers: drivers.effects.map((effect) => ({
      subject: input.drivers[effect.index]?.subject ?? 'answers with this driver',
      effect,
    })),
    segmentName: input.segmentName,
  });
  return {
    n1: first.n,
    n2: second.n,
    value1,
    value2,
    change,
    mix,
    factors,
    topSegment: segment,
    drivers,
    sentences,
  };
}
