/**
 * Input checks shared by the score statistics. The rule for every function in `scores/`:
 * input that cannot give an estimate (no answers, too few points, a constant series,
 * a confidence outside (0, 1)) throws a RangeError whose message says what is missing;
 * functions that return a series (control charts) mark the points they cannot estimate
 * with null and keep the rest. No function returns NaN.
 */

/** Throws unless 0 < confidence < 1. */
export function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(
      `confidence must be between 0 and 1 (for example 0.95), got ${confidence}`,
    );
}

/** Throws unless the value is a whole number ≥ 0. */
export function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number of answers, 0 or more, got ${value}`);
}

/** Throws unless the value is a finite number. */
export function assertFinite(name: string, value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${name} must be a finite number, got ${value}`);
}

/** Throws at the first value that is not a finite number, naming its index. */
export function assertFiniteSeries(name: string, values: readonly number[]): void {
  values.forEach((value, index) => {
    if (!Number.isFinite(value))
      throw new RangeError(`${name}[${index}] must be a finite number, got ${value}`);
  });
}

/** Reads a value that the caller's loop bounds guarantee exists (noUncheckedIndexedAccess). */
export function at(values: ArrayLike<number>, index: number): number {
  return values[index] as number;
}
