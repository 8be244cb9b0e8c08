import { describe, expect, it } from 'vitest';
import { explainScoreChange } from './why-analysis.ts';
import type { TAnswerPattern } from './why-drivers.ts';
import type { TWhyCell } from './why-mix.ts';

/** The value, which the test expects to be there. */
function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

interface TAnswers {
  period: 1 | 2;
  segment: string;
  stageId: string;
  drivers: number[];
  /** How many answers of score 10, 8 and 3 (promoters, passives, detractors). */
  split: [number, number, number];
}

/** Cells and patterns of the same answers, as the services read them from the database. */
function build(groups: TAnswers[]): { cells: TWhyCell[]; patterns: TAnswerPattern[] } {
  const cells: TWhyCell[] = [];
  const patterns: TAnswerPattern[] = [];
  for (const group of groups) {
    group.split.forEach((count, position) => {
      if (count === 0) return;
      const score = [10, 8, 3][position] as number;
      patterns.push({
        period: group.period,
        segment: group.segment,
        score,
        drivers: group.drivers,
        count,
      });
      cells.push({
        period: group.period,
        segment: group.segment,
        stageId: group.stageId,
        departmentId: 'dep_billing',
        counts: {
          n: count,
          promoters: score === 10 ? count : 0,
          passives: score === 8 ? count : 0,
          detractors: score === 3 ? count : 0,
          top2: score === 10 ? count : 0,
          sum: score * count,
          sumsq: score * score * count,
        },
      });
    });
  }
  return { cells, patterns };
}

// Enterprise feels the same in both quarters. In Small business the broken invoice promise
// goes from 10 of 200 answers to 80 of 200, and those customers are mostly detractors.
const STORY: TAnswers[] = [
  { period: 1, segment: 'Enterprise', stageId: 'stg_pay', drivers: [], split: [120, 60, 20] },
  { period: 2, segment: 'Enterprise', stageId: 'stg_pay', drivers: [], split: [120, 60, 20] },
  { period: 1, segment: 'Small business', stageId: 'stg_pay', drivers: [], split: [90, 60, 40] },
  { period: 1, segment: 'Small business', stageId: 'stg_pay', drivers: [0], split: [1, 2, 7] },
  { period: 2, segment: 'Small business', stageId: 'stg_pay', drivers: [], split: [57, 38, 25] },
  { period: 2, segment: 'Small business', stageId: 'stg_pay', drivers: [0], split: [8, 16, 56] },
  { period: 1, segment: 'Small business', stageId: 'stg_use', drivers: [1], split: [10, 6, 4] },
  { period: 2, segment: 'Small business', stageId: 'stg_use', drivers: [1], split: [10, 6, 4] },
];

function explain(groups: TAnswers[]) {
  const { cells, patterns } = build(groups);
  return explainScoreChange({
    kind: 'nps',
    label1: '2025-Q2',
    label2: '2025-Q3',
    cells,
    patterns,
    drivers: [
      { subject: 'customers with a broken ‘The invoice equals the order’ promise' },
      { subject: 'answers about delivery' },
    ],
    segmentName: (segment) => segment,
  });
}

describe('explainScoreChange', () => {
  const why = explain(STORY);

  it('measures the change with its interval', () => {
    // Q2: 221 P, 128 Pa, 71 D of 420 → 35.48; Q3: 195 P, 120 Pa, 105 D of 420 → 21.43
    expect(why.value1).toBeCloseTo((100 * (221 - 71)) / 420, 9);
    expect(why.value2).toBeCloseTo((100 * (195 - 105)) / 420, 9);
    expect(why.change?.delta).toBeCloseTo((100 * (90 - 150)) / 420, 9);
    expect(why.change?.high).toBeLessThan(0);
  });

  it('splits the change exactly into mix and rate, and puts it in Small business', () => {
    const mix = defined(why.mix);
    expect(mix.mix + mix.rate).toBeCloseTo(defined(why.change).delta, 9);
    expect(mix.mix).toBeCloseTo(0, 9);
    expect(why.topSegment).toBe('Small business');
    const enterprise = mix.bySegment.find((s) => s.segment === 'Enterprise');
    expect(enterprise?.total).toBeCloseTo(0, 9);
    const factors = defined(why.factors);
    expect(factors.reduce((sum, f) => sum + f.effect, 0)).toBeCloseTo(defined(why.change).delta, 9);
    expect(factors.find((f) => f.factor === 'rate')?.effect).toBeCloseTo(
      defined(why.change).delta,
      9,
    );
  });

  it('names the broken promise as the top driver, with its lift, prevalence and part of the change', () => {
    const top = defined(why.drivers.effects[0]);
    expect(top.index).toBe(0);
    expect(top.prevalence1).toBeCloseTo(10 / 420, 9);
    expect(top.prevalence2).toBeCloseTo(80 / 420, 9);
    expect(top.segmentPrevalence2).toBeCloseTo(80 / 220, 9);
    // detractors with: 63 of 90; without: 113 of 750
    expect(top.lift).toBeCloseTo(100 * (63 / 90 - 113 / 750), 9);
    expect(top.liftLow).toBeGreaterThan(0);
    expect(top.contribution).toBeLessThan(0);
    expect(top.relativeWeightPercent).toBeGreaterThan(90);
    expect(top.valueWithout2).toBeCloseTo((100 * (187 - 49)) / 340, 9);
  });

  it('writes a summary a person can check against the numbers', () => {
    const [headline, segment, driver] = why.sentences;
    expect(headline?.text).toMatch(
      /^NPS fell 14 points, from 36 in 2025-Q2 to 21 in 2025-Q3; the 95\u00a0% interval of the fall is \d+ to \d+ points/,
    );
    expect(segment?.text).toMatch(/^Most of it is the Small business segment/);
    expect(driver?.ref).toBe('0');
    expect(driver?.text).toMatch(
      /^Customers with a broken ‘The invoice equals the order’ promise were 55 percentage points more likely to be detractors/,
    );
    expect(driver?.text).toContain('in Small business: 36\u00a0%, from 5\u00a0%');
  });

  it('says plainly when a move is within noise', () => {
    const calm = explain([
      { period: 1, segment: 'Enterprise', stageId: 'stg_pay', drivers: [], split: [50, 30, 20] },
      { period: 2, segment: 'Enterprise', stageId: 'stg_pay', drivers: [], split: [52, 29, 19] },
    ]);
    expect(calm.sentences[0]?.text).toContain('no real change can be claimed');
    // …and does not go on to explain the noise as if it were a move.
    expect(calm.sentences[1]?.text).toMatch(
      /^Within that noise, the largest part is the Enterprise/,
    );
  });
});
