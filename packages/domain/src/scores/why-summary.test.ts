import { describe, expect, it } from 'vitest';
import type { TScoreChange } from './score-estimates.ts';
import type { TDriverEffect } from './why-drivers.ts';
import type { TMixDecomposition, TSegmentMix } from './why-mix.ts';
import { summariseWhy, type TWhySummaryInput } from './why-summary.ts';

function segment(name: string, total: number, change: TScoreChange | null = null): TSegmentMix {
  return {
    segment: name,
    n1: 100,
    n2: 100,
    share1: 0.5,
    share2: 0.5,
    value1: 60,
    value2: 60 + 2 * total,
    mix: 0,
    rate: total,
    total,
    change,
  };
}

function mix(segments: TSegmentMix[]): TMixDecomposition {
  const total = segments.reduce((sum, s) => sum + s.total, 0);
  return { value1: 60, value2: 60 + total, total, mix: 0, rate: total, bySegment: segments };
}

const driver: TDriverEffect = {
  index: 0,
  answers: 80,
  prevalence1: 0.3,
  prevalence2: 0.1,
  unhappyWith: 0.1,
  unhappyWithout: 0.26,
  lift: -16,
  liftLow: -24,
  liftHigh: -7,
  valueWithout2: 60,
  contribution: 3,
  relativeWeight: 0.01,
  relativeWeightPercent: 40,
  lmg: 0.01,
  segmentPrevalence1: null,
  segmentPrevalence2: null,
};

function input(overrides: Partial<TWhySummaryInput>): TWhySummaryInput {
  const segments = [segment('Enterprise', 6), segment('Mid-market', -2)];
  return {
    kind: 'csat',
    label1: '2026-Q1',
    label2: '2026-Q2',
    value1: 60,
    value2: 64,
    change: { delta: 4, low: 1, high: 7, pValue: 0.01 },
    mix: mix(segments),
    drivers: [{ subject: 'answers whose comment is about ‘Product’', effect: driver }],
    segmentName: (name) => name,
    ...overrides,
  };
}

describe('the why summary, sentence by sentence', () => {
  it.each([
    {
      case: 'a CSAT level carries its per cent sign',
      summary: input({}),
      sentence: 0,
      expected:
        /^CSAT rose 4\.0 percentage points, from 60\.0\u00a0% in 2026-Q1 to 64\.0\u00a0% in 2026-Q2;/,
    },
    {
      case: 'a segment moving more than the whole is not "most of it"',
      summary: input({}),
      sentence: 1,
      expected:
        /^More than all of it is the Enterprise segment: its own CSAT went from 60\.0\u00a0% to 72\.0\u00a0%, moving the total by \+6\.0 of the \+4\.0 percentage points \(other segments moved the other way\)\./,
    },
    {
      case: 'a move within noise is not explained as a move',
      summary: input({ change: { delta: 4, low: -1, high: 9, pValue: 0.2 } }),
      sentence: 1,
      expected: /^Within that noise, the largest part is the Enterprise segment/,
    },
    {
      case: 'a "less likely" driver gives its interval near end first',
      summary: input({}),
      sentence: 2,
      expected:
        /^Answers whose comment is about ‘Product’ were 16 percentage points less likely to be dissatisfied \(1–3\) \(95\u00a0% interval 7 to 24\)\./,
    },
  ])('$case', ({ summary, sentence, expected }) => {
    expect(summariseWhy(summary)[sentence]?.text).toMatch(expected);
  });
});
