import { at } from './guards.ts';
import { correlatePredictors, subsetRSquared } from './predictor-correlations.ts';
import type { TRegressionOptions } from './regression-input.ts';
import { popCount, shapleyWeights } from './shapley-weights.ts';

/** Result of {@link lmg}; shares in the order of the columns of X. */
export interface TLmg {
  /** R² of the full regression; the shares sum to it. */
  r2: number;
  /** Each predictor's LMG share of R². */
  shares: number[];
}

/** Above this many predictors the 2^p subsets take too long: use relative weights. */
const MAX_PREDICTORS = 15;

function subsetOf(mask: number, p: number): number[] {
  const subset: number[] = [];
  for (let j = 0; j < p; j++) if (mask & (1 << j)) subset.push(j);
  return subset;
}

/**
 * LMG (Lindeman, Merenda & Gold 1980; Grömping 2006, R's `relaimpo`) — the Shapley value of R²:
 * each predictor's increase in R² when it joins, averaged over every order of entry. R² of
 * every subset comes from the correlation matrix (one pass over the data, then small solves),
 * so the cost after that pass is 2^p small Cholesky solves: fast up to about 12 predictors
 * (4,096 subsets), refused above 15 — use {@link relativeWeights} for more. The pass over the
 * data dominates for answer-level input: pass distinct rows with `options.weights` (counts).
 * @throws RangeError for mismatched shapes, too few rows, a constant column, collinear
 *   predictors, or more than 15 predictors.
 */
export function lmg(
  X: readonly (readonly number[])[],
  y: readonly number[],
  options: TRegressionOptions = {},
): TLmg {
  const p = X[0]?.length ?? 0;
  if (p > MAX_PREDICTORS)
    throw new RangeError(
      `LMG takes at most ${MAX_PREDICTORS} predictors (got ${p}); use relative weights`,
    );
  const correlations = correlatePredictors(X, y, options);
  const subsets = 1 << p;
  const r2 = new Float64Array(subsets);
  for (let mask = 1; mask < subsets; mask++)
    r2[mask] = subsetRSquared(correlations, subsetOf(mask, p));
  const weights = shapleyWeights(p);
  const shares = Array.from({ length: p }, (_, j) => {
    let share = 0;
    for (let mask = 0; mask < subsets; mask++) {
      if (mask & (1 << j)) continue;
      share += at(weights, popCount(mask)) * (at(r2, mask | (1 << j)) - at(r2, mask));
    }
    return share;
  });
  return { r2: at(r2, subsets - 1), shares };
}
