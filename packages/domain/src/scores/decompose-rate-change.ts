import { assertFinite } from './guards.ts';

/** One segment (e.g. SMB, Enterprise) in two periods. */
export interface TRateSegment {
  key: string;
  /** Size of the segment in each period: answers or shares (each period is scaled to sum to 1). */
  weight1: number;
  /** The segment's rate (e.g. its NPS); null when the segment had no answers in that period. */
  rate1: number | null;
  weight2: number;
  rate2: number | null;
}

/** One segment's part of the change. */
export interface TSegmentEffect {
  key: string;
  /** The segment's share of each period's answers. */
  share1: number;
  share2: number;
  /** (share₂ − share₁)·(rate₁ + rate₂)/2: the part due to who answered. */
  mix: number;
  /** (rate₂ − rate₁)·(share₁ + share₂)/2: the part due to how they felt. */
  rate: number;
  /** mix + rate = share₂·rate₂ − share₁·rate₁. */
  total: number;
}

/** Result of {@link decomposeRateChange}. */
export interface TRateDecomposition {
  /** The overall rate of each period: Σ share·rate. */
  value1: number;
  value2: number;
  /** value2 − value1 = mix + rate, exactly. */
  total: number;
  mix: number;
  rate: number;
  bySegment: TSegmentEffect[];
}

function periodTotal(segments: readonly TRateSegment[], pick: (s: TRateSegment) => number) {
  let total = 0;
  for (const segment of segments) {
    const weight = pick(segment);
    assertFinite(`weight of segment ${segment.key}`, weight);
    if (weight < 0) throw new RangeError(`weight of segment ${segment.key} cannot be negative`);
    total += weight;
  }
  if (total === 0) throw new RangeError('each period needs a segment with a weight above 0');
  return total;
}

/** The rates of one segment, the missing one taken from the other period (so its rate effect is 0). */
function ratesOf(segment: TRateSegment): [number, number] {
  const { key, weight1, weight2, rate1, rate2 } = segment;
  if (rate1 === null && weight1 > 0)
    throw new RangeError(`segment ${key} has answers in period 1 but no rate`);
  if (rate2 === null && weight2 > 0)
    throw new RangeError(`segment ${key} has answers in period 2 but no rate`);
  const first = rate1 ?? rate2 ?? 0;
  const second = rate2 ?? first;
  assertFinite(`rate of segment ${key}`, first);
  assertFinite(`rate of segment ${key}`, second);
  return [first, second];
}

/**
 * Splits the change of an overall rate (NPS, CSAT…) between two periods into a mix effect (the
 * segments' shares of answers changed) and a rate effect (the segments' own rates changed), per
 * segment, by the symmetric Kitagawa (1955) / Das Gupta (1993) formula:
 * mix = Σ (w₂ − w₁)(r₁ + r₂)/2, rate = Σ (r₂ − r₁)(w₁ + w₂)/2. It is exact: mix + rate = total,
 * with no residual. A segment absent from one period (weight 0, rate null) takes the other
 * period's rate, so its appearance or disappearance counts as mix. For several factors at once
 * (segment, stage, department) use {@link shapleyDecomposition}.
 * @throws RangeError when a period's weights sum to 0, a weight is negative, or a segment with
 *   answers has no rate.
 */
export function decomposeRateChange(segments: readonly TRateSegment[]): TRateDecomposition {
  const sum1 = periodTotal(segments, (s) => s.weight1);
  const sum2 = periodTotal(segments, (s) => s.weight2);
  const result: TRateDecomposition = {
    value1: 0,
    value2: 0,
    total: 0,
    mix: 0,
    rate: 0,
    bySegment: [],
  };
  for (const segment of segments) {
    const [rate1, rate2] = ratesOf(segment);
    const share1 = segment.weight1 / sum1;
    const share2 = segment.weight2 / sum2;
    const mix = ((share2 - share1) * (rate1 + rate2)) / 2;
    const rate = ((rate2 - rate1) * (share1 + share2)) / 2;
    result.value1 += share1 * rate1;
    result.value2 += share2 * rate2;
    result.mix += mix;
    result.rate += rate;
    result.bySegment.push({ key: segment.key, share1, share2, mix, rate, total: mix + rate });
  }
  result.total = result.mix + result.rate;
  return result;
}
