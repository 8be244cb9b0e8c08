/*
 * Hot loops over answer-level rows (a million and more). They index typed arrays directly with
 * `as number` rather than through a shared helper, which V8 would see with many array types
 * and stop inlining (measured: 5–10× slower).
 */

/** Adds weight · v vᵀ to the upper triangle of the size × size row-major matrix `sums`. */
export function addOuterProduct(sums: Float64Array, vector: Float64Array, weight: number): void {
  const size = vector.length;
  for (let j = 0; j < size; j++) {
    const wj = weight * (vector[j] as number);
    const offset = j * size;
    for (let k = j; k < size; k++)
      sums[offset + k] = (sums[offset + k] as number) + wj * (vector[k] as number);
  }
}

/** The full symmetric matrix from the upper triangle that {@link addOuterProduct} fills. */
export function symmetricFromUpper(sums: Float64Array, size: number): number[][] {
  return Array.from({ length: size }, (_, j) =>
    Array.from({ length: size }, (_, k) => sums[Math.min(j, k) * size + Math.max(j, k)] as number),
  );
}

/** Weighted column means of the rows of X, with y as one more column at the end. */
export function columnMeans(
  X: readonly (readonly number[])[],
  y: readonly number[],
  weights: Float64Array,
  total: number,
): Float64Array {
  const p = X[0]?.length ?? 0;
  const means = new Float64Array(p + 1);
  for (let i = 0; i < y.length; i++) {
    const row = X[i] as readonly number[];
    const weight = weights[i] as number;
    for (let j = 0; j < p; j++) means[j] = (means[j] as number) + weight * (row[j] as number);
    means[p] = (means[p] as number) + weight * (y[i] as number);
  }
  return means.map((sum) => sum / total);
}
