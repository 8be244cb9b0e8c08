import { decomposeRateChange } from './decompose-rate-change.ts';
import { driverImportance } from './driver-importance.ts';
import { newcombeDifference } from './proportion-intervals.ts';
import {
  addScoreCounts,
  EMPTY_SCORE_COUNTS,
  type TScoreCounts,
  type TScoreKind,
} from './score-estimates.ts';
import { scoreValue } from './why-mix.ts';

/**
 * Key drivers of unhappy answers (NPS detractors, CSAT 1–3, CES 1–3) on answer-level data
 * that arrives grouped: each pattern is a count of answers sharing a period, segment, score
 * and set of yes/no drivers (a broken promise before answering, a theme of the comment…).
 */
export interface TAnswerPattern {
  period: 1 | 2;
  segment: string;
  score: number;
  /** Indexes of the drivers present. */
  drivers: readonly number[];
  count: number;
}

export interface TDriverEffect {
  index: number;
  /** Answers with the driver, both periods. */
  answers: number;
  /** Share of each period's answers with the driver. */
  prevalence1: number;
  prevalence2: number;
  /** Share of unhappy answers with and without the driver (both periods). */
  unhappyWith: number;
  unhappyWithout: number;
  /** unhappyWith − unhappyWithout in percentage points, with Newcombe's interval. */
  lift: number;
  liftLow: number;
  liftHigh: number;
  /** The score of period 2 without the answers that had the driver. */
  valueWithout2: number | null;
  /** Points of the change due to the driver becoming more or less common (the mix part). */
  contribution: number;
  relativeWeight: number | null;
  relativeWeightPercent: number | null;
  lmg: number | null;
  /** Prevalence in the segment the caller names (e.g. the one that moved most). */
  segmentPrevalence1: number | null;
  segmentPrevalence2: number | null;
}

export interface TDriverAnalysis {
  r2: number;
  value1: number | null;
  value2: number | null;
  effects: TDriverEffect[];
}

const UNHAPPY_AT_MOST: Record<TScoreKind, number> = { nps: 6, csat: 3, ces: 3 };

/** Detractors (0–6), CSAT 1–3, CES 1–3 ("it was not easy"). */
function isUnhappy(kind: TScoreKind, score: number): boolean {
  return score <= UNHAPPY_AT_MOST[kind];
}

function countsOf(kind: TScoreKind, score: number, count: number): TScoreCounts {
  const top = kind === 'nps' ? 9 : kind === 'csat' ? 4 : 6;
  const nps = kind === 'nps';
  return {
    n: count,
    promoters: nps && score >= 9 ? count : 0,
    passives: nps && score >= 7 && score <= 8 ? count : 0,
    detractors: nps && score <= 6 ? count : 0,
    top2: score >= top ? count : 0,
    sum: score * count,
    sumsq: score * score * count,
  };
}

interface TTally {
  all: [TScoreCounts, TScoreCounts];
  withDriver: [TScoreCounts, TScoreCounts][];
  unhappy: { all: number; withDriver: number[] };
  segment: { all: [number, number]; withDriver: [number, number][] };
}

function tally(
  kind: TScoreKind,
  p: number,
  patterns: readonly TAnswerPattern[],
  segment: string | null,
): TTally {
  const pair = (): [TScoreCounts, TScoreCounts] => [EMPTY_SCORE_COUNTS, EMPTY_SCORE_COUNTS];
  const result: TTally = {
    all: pair(),
    withDriver: Array.from({ length: p }, pair),
    unhappy: { all: 0, withDriver: Array(p).fill(0) },
    segment: { all: [0, 0], withDriver: Array.from({ length: p }, () => [0, 0]) },
  };
  for (const pattern of patterns) {
    const at = (pattern.period - 1) as 0 | 1;
    const counts = countsOf(kind, pattern.score, pattern.count);
    const unhappy = isUnhappy(kind, pattern.score) ? pattern.count : 0;
    const inSegment = pattern.segment === segment;
    result.all[at] = addScoreCounts(result.all[at], counts);
    result.unhappy.all += unhappy;
    if (inSegment) result.segment.all[at] += pattern.count;
    for (const j of pattern.drivers) {
      const pairOf = result.withDriver[j] as [TScoreCounts, TScoreCounts];
      pairOf[at] = addScoreCounts(pairOf[at], counts);
      result.unhappy.withDriver[j] = (result.unhappy.withDriver[j] as number) + unhappy;
      if (inSegment) (result.segment.withDriver[j] as [number, number])[at] += pattern.count;
    }
  }
  return result;
}

function minus(a: TScoreCounts, b: TScoreCounts): TScoreCounts {
  return addScoreCounts(a, {
    n: -b.n,
    promoters: -b.promoters,
    passives: -b.passives,
    detractors: -b.detractors,
    top2: -b.top2,
    sum: -b.sum,
    sumsq: -b.sumsq,
  });
}

function importanceRows(
  kind: TScoreKind,
  patterns: readonly TAnswerPattern[],
  eligible: readonly number[],
) {
  const rows = new Map<string, { x: number[]; y: number; weight: number }>();
  for (const pattern of patterns) {
    const x = eligible.map((j) => (pattern.drivers.includes(j) ? 1 : 0));
    const y = isUnhappy(kind, pattern.score) ? 1 : 0;
    const key = `${x.join('')}${y}`;
    const row = rows.get(key);
    if (row) row.weight += pattern.count;
    else rows.set(key, { x, y, weight: pattern.count });
  }
  return [...rows.values()];
}

function effectOf(kind: TScoreKind, tallied: TTally, j: number, segment: string | null) {
  const [with1, with2] = tallied.withDriver[j] as [TScoreCounts, TScoreCounts];
  const [all1, all2] = tallied.all;
  const without1 = minus(all1, with1);
  const without2 = minus(all2, with2);
  const nWith = with1.n + with2.n;
  const nWithout = all1.n + all2.n - nWith;
  const unhappyWith = tallied.unhappy.withDriver[j] as number;
  const unhappyWithout = tallied.unhappy.all - unhappyWith;
  const interval = newcombeDifference(unhappyWith, nWith, unhappyWithout, nWithout);
  const contribution = decomposeRateChange([
    {
      key: 'with',
      weight1: with1.n,
      rate1: scoreValue(kind, with1),
      weight2: with2.n,
      rate2: scoreValue(kind, with2),
    },
    {
      key: 'without',
      weight1: without1.n,
      rate1: scoreValue(kind, without1),
      weight2: without2.n,
      rate2: scoreValue(kind, without2),
    },
  ]).mix;
  const [segmentAll1, segmentAll2] = tallied.segment.all;
  const [segmentWith1, segmentWith2] = tallied.segment.withDriver[j] as [number, number];
  return {
    index: j,
    answers: nWith,
    prevalence1: all1.n > 0 ? with1.n / all1.n : 0,
    prevalence2: all2.n > 0 ? with2.n / all2.n : 0,
    unhappyWith: unhappyWith / nWith,
    unhappyWithout: unhappyWithout / nWithout,
    lift: 100 * (unhappyWith / nWith - unhappyWithout / nWithout),
    liftLow: 100 * interval.low,
    liftHigh: 100 * interval.high,
    valueWithout2: scoreValue(kind, without2),
    contribution,
    segmentPrevalence1: segment !== null && segmentAll1 > 0 ? segmentWith1 / segmentAll1 : null,
    segmentPrevalence2: segment !== null && segmentAll2 > 0 ? segmentWith2 / segmentAll2 : null,
  };
}

/**
 * Every driver seen on at least `minAnswers` answers (and missing from as many), with its
 * prevalence, lift in the unhappy share (Newcombe interval), the score without it, its part
 * of the change, and its importance (relative weights; LMG for the strongest twelve). Sorted
 * by how much of the change each explains in the direction the score moved.
 */
export function analyseDrivers(
  kind: TScoreKind,
  driverCount: number,
  patterns: readonly TAnswerPattern[],
  options: { minAnswers?: number; segment?: string | null } = {},
): TDriverAnalysis {
  const { minAnswers = 10, segment = null } = options;
  const tallied = tally(kind, driverCount, patterns, segment);
  const total = tallied.all[0].n + tallied.all[1].n;
  const eligible = Array.from({ length: driverCount }, (_, j) => j).filter((j) => {
    const pairOf = tallied.withDriver[j] as [TScoreCounts, TScoreCounts];
    const n = pairOf[0].n + pairOf[1].n;
    return n >= minAnswers && total - n >= minAnswers;
  });
  const value1 = scoreValue(kind, tallied.all[0]);
  const value2 = scoreValue(kind, tallied.all[1]);
  if (tallied.all[0].n === 0 || tallied.all[1].n === 0 || eligible.length === 0)
    return { r2: 0, value1, value2, effects: [] };
  const importance = driverImportance(importanceRows(kind, patterns, eligible), eligible.length);
  const direction = Math.sign((value2 ?? 0) - (value1 ?? 0)) || 1;
  const effects = eligible.map((j, position) => ({
    ...effectOf(kind, tallied, j, segment),
    relativeWeight: importance.relativeWeight[position] ?? null,
    relativeWeightPercent: importance.relativeWeightPercent[position] ?? null,
    lmg: importance.lmg[position] ?? null,
  }));
  effects.sort(
    (a, b) =>
      b.contribution * direction - a.contribution * direction ||
      (b.relativeWeight ?? 0) - (a.relativeWeight ?? 0),
  );
  return { r2: importance.r2, value1, value2, effects };
}
