import { assertFiniteSeries, at } from './guards.ts';
import { popCount, shapleyWeights } from './shapley-weights.ts';

/** One factor of a product, per cell (one value per cell; a single cell for plain numbers). */
export interface TShapleyFactor {
  name: string;
  values1: readonly number[];
  values2: readonly number[];
}

/** One factor's part of the change. */
export interface TFactorEffect {
  name: string;
  effect: number;
  /** effect / total; null when the total change is 0. */
  share: number | null;
}

/** Result of {@link shapleyDecomposition}. */
export interface TShapleyDecomposition {
  value1: number;
  value2: number;
  /** value2 − value1 = Σ effects, exactly. */
  total: number;
  effects: TFactorEffect[];
}

const MAX_FACTORS = 16;

function assertFactors(factors: readonly TShapleyFactor[]): number {
  if (factors.length === 0) throw new RangeError('a decomposition needs at least one factor');
  if (factors.length > MAX_FACTORS)
    throw new RangeError(
      `a decomposition takes at most ${MAX_FACTORS} factors, got ${factors.length}`,
    );
  const cells = factors[0]?.values1.length ?? 0;
  for (const factor of factors) {
    if (factor.values1.length !== cells || factor.values2.length !== cells)
      throw new RangeError(`factor ${factor.name} must have ${cells} values in each period`);
    assertFiniteSeries(`${factor.name}.values1`, factor.values1);
    assertFiniteSeries(`${factor.name}.values2`, factor.values2);
  }
  if (cells === 0) throw new RangeError('a decomposition needs at least one cell');
  return cells;
}

/** Σ over cells of the product of factors, factor k from period 2 when bit k of `mask` is set. */
function valueFor(factors: readonly TShapleyFactor[], cells: number, mask: number): number {
  let sum = 0;
  for (let cell = 0; cell < cells; cell++) {
    let product = 1;
    factors.forEach((factor, k) => {
      product *= at(mask & (1 << k) ? factor.values2 : factor.values1, cell);
    });
    sum += product;
  }
  return sum;
}

/**
 * Splits the change of value = Σ_cells Π_factors between two periods into one effect per factor
 * by the Shapley value: each factor's effect is its change's contribution averaged over every
 * order in which the factors could change. For products this is Das Gupta's (1993) P-factor
 * decomposition; with two factors (segment shares, segment rates) it equals
 * {@link decomposeRateChange}. Exact: the effects sum to the total change. Evaluates all 2^P
 * combinations, so it is meant for a handful of factors (at most 16).
 * @throws RangeError with no factors or cells, more than 16 factors, or mismatched lengths.
 */
export function shapleyDecomposition(factors: readonly TShapleyFactor[]): TShapleyDecomposition {
  const cells = assertFactors(factors);
  const count = factors.length;
  const values = Array.from({ length: 1 << count }, (_, mask) => valueFor(factors, cells, mask));
  const weights = shapleyWeights(count);
  const value1 = at(values, 0);
  const value2 = at(values, (1 << count) - 1);
  const total = value2 - value1;
  const effects = factors.map((factor, k) => {
    let effect = 0;
    for (let mask = 0; mask < 1 << count; mask++) {
      if (mask & (1 << k)) continue;
      effect += at(weights, popCount(mask)) * (at(values, mask | (1 << k)) - at(values, mask));
    }
    return { name: factor.name, effect, share: total === 0 ? null : effect / total };
  });
  return { value1, value2, total, effects };
}
