import { assertFinite } from './guards.ts';

/** A point outside its control limits: 'up' above the upper limit, 'down' below the lower. */
export interface TChartSignal {
  index: number;
  direction: 'up' | 'down';
}

/** Settings of {@link ewmaChart}. */
export interface TEwmaOptions {
  /** The in-control mean (e.g. last quarter's NPS). */
  target: number;
  /** Standard deviation of one observation when in control. */
  sigma: number;
  /** Weight of the newest observation, 0 < λ ≤ 1; default 0.2 (smaller finds slower drifts). */
  lambda?: number;
  /** Width of the limits in standard deviations of the EWMA; default 3. */
  L?: number;
  /**
   * 'time-varying' (default): the exact limits, narrower for the first points because an EWMA
   * started at the target varies less; 'asymptotic': the constant limits they approach
   * (what NIST's e-Handbook uses), target ± L·σ·√(λ/(2 − λ)).
   */
  limits?: 'time-varying' | 'asymptotic';
}

/** EWMA and its limits per point, and the points outside them. */
export interface TEwmaChart {
  /** The EWMA after each point; null where the data has no value (the EWMA carries over). */
  ewma: (number | null)[];
  lower: (number | null)[];
  upper: (number | null)[];
  signals: TChartSignal[];
}

function assertEwmaOptions(sigma: number, lambda: number, L: number, target: number): void {
  assertFinite('target', target);
  if (!(sigma > 0 && Number.isFinite(sigma)))
    throw new RangeError(`sigma must be above 0, got ${sigma}`);
  if (!(lambda > 0 && lambda <= 1))
    throw new RangeError(`lambda must be above 0 and at most 1, got ${lambda}`);
  if (!(L > 0 && Number.isFinite(L))) throw new RangeError(`L must be above 0, got ${L}`);
}

/**
 * EWMA control chart (Roberts 1959; NIST/SEMATECH e-Handbook §6.3.2.4): zₜ = λxₜ + (1 − λ)zₜ₋₁
 * from z₀ = target, with limits target ± L·σ·√(λ/(2 − λ)·(1 − (1 − λ)^{2t})) — or their
 * asymptotic value, see {@link TEwmaOptions.limits}. Finds slow drifts a Shewhart chart misses.
 * A null in the data (a week without answers) is skipped: the EWMA carries over and the point
 * is null in the result.
 * @throws RangeError when σ ≤ 0, λ is outside (0, 1], L ≤ 0, or a value is not finite.
 */
export function ewmaChart(data: readonly (number | null)[], options: TEwmaOptions): TEwmaChart {
  const { target, sigma, lambda = 0.2, L = 3, limits = 'time-varying' } = options;
  assertEwmaOptions(sigma, lambda, L, target);
  const result: TEwmaChart = { ewma: [], lower: [], upper: [], signals: [] };
  const asymptotic = lambda / (2 - lambda);
  let z = target;
  let observed = 0;
  data.forEach((value, index) => {
    if (value === null) {
      result.ewma.push(null);
      result.lower.push(null);
      result.upper.push(null);
      return;
    }
    assertFinite(`data[${index}]`, value);
    observed += 1;
    z = lambda * value + (1 - lambda) * z;
    const factor =
      limits === 'asymptotic' ? asymptotic : asymptotic * (1 - (1 - lambda) ** (2 * observed));
    const halfWidth = L * sigma * Math.sqrt(factor);
    result.ewma.push(z);
    result.lower.push(target - halfWidth);
    result.upper.push(target + halfWidth);
    if (z > target + halfWidth) result.signals.push({ index, direction: 'up' });
    else if (z < target - halfWidth) result.signals.push({ index, direction: 'down' });
  });
  return result;
}
