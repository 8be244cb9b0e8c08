import { lag1Autocorrelation, pearsonCorrelation } from '../scores/correlation.ts';
import {
  criticalCorrelation,
  effectiveSampleSize,
  fisherCorrelationInterval,
} from '../scores/correlation-inference.ts';

/**
 * Do customer scores move with market share, revenue or profit? Levels of two trending series
 * correlate whatever their relation, so both series are differenced first (period-to-period
 * changes) and the score's change is set against the market's change k periods later. The
 * points left are few and may still be autocorrelated, so each correlation carries its Fisher
 * interval on the effective number of points (Bretherton et al. 1999) and a plain verdict.
 */
export type TCorrelationVerdict = 'too_few_periods' | 'no_evidence' | 'positive' | 'negative';

export interface TLaggedCorrelation {
  /** The market figure is taken this many periods after the score. */
  lag: number;
  /** Pairs of changes used. */
  n: number;
  r: number | null;
  effectiveN: number | null;
  low: number | null;
  high: number | null;
  /** |r| needed to differ from 0 at the 5 % level with effectiveN points. */
  criticalR: number | null;
  verdict: TCorrelationVerdict;
  explanation: string;
}

/** Fewer effective points than this and a correlation says nothing worth reading. */
export const MIN_EFFECTIVE_POINTS = 6;

/** Period-to-period changes; a change next to a missing value is missing. */
export function differences(series: readonly (number | null)[]): (number | null)[] {
  return series.slice(1).map((value, index) => {
    const before = series[index];
    return value === null || before === null || before === undefined ? null : value - before;
  });
}

function safeAutocorrelation(values: readonly number[]): number {
  try {
    return Math.max(-0.95, Math.min(0.95, lag1Autocorrelation(values)));
  } catch {
    return 0;
  }
}

function pairsAt(
  scores: readonly (number | null)[],
  market: readonly (number | null)[],
  lag: number,
) {
  const x: number[] = [];
  const y: number[] = [];
  for (let t = 0; t + lag < market.length && t < scores.length; t++) {
    const a = scores[t];
    const b = market[t + lag];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    x.push(a);
    y.push(b);
  }
  return { x, y };
}

function tooFew(
  lag: number,
  n: number,
  effectiveN: number | null,
  reason: string,
): TLaggedCorrelation {
  return {
    lag,
    n,
    r: null,
    effectiveN,
    low: null,
    high: null,
    criticalR: null,
    verdict: 'too_few_periods',
    explanation: reason,
  };
}

/** One lag: r of the changes, its interval on the effective n, and what may be concluded. */
export function laggedCorrelation(
  scores: readonly (number | null)[],
  market: readonly (number | null)[],
  lag: number,
): TLaggedCorrelation {
  const { x, y } = pairsAt(differences(scores), differences(market), lag);
  const n = x.length;
  if (n < 4)
    return tooFew(
      lag,
      n,
      null,
      `Too few periods to conclude: ${n} pairs of changes (at least ${MIN_EFFECTIVE_POINTS} independent ones are needed).`,
    );
  let r: number;
  try {
    r = pearsonCorrelation(x, y);
  } catch {
    return tooFew(
      lag,
      n,
      null,
      'One of the two series does not change over these periods, so there is nothing to correlate.',
    );
  }
  const effectiveN = effectiveSampleSize(n, safeAutocorrelation(x), safeAutocorrelation(y));
  if (effectiveN < MIN_EFFECTIVE_POINTS)
    return {
      ...tooFew(
        lag,
        n,
        effectiveN,
        `Too few periods to conclude: ${n} pairs of changes count as ${effectiveN.toFixed(1)} independent ones; r = ${r.toFixed(2)} could easily be chance.`,
      ),
      r,
    };
  const { low, high } = fisherCorrelationInterval(r, effectiveN);
  const criticalR = criticalCorrelation(effectiveN);
  const real = low > 0 || high < 0;
  const verdict: TCorrelationVerdict = !real ? 'no_evidence' : r > 0 ? 'positive' : 'negative';
  const range = `95 % interval ${low.toFixed(2)} to ${high.toFixed(2)}`;
  const explanation = real
    ? `The changes move ${r > 0 ? 'together' : 'in opposite directions'} (r = ${r.toFixed(2)}, ${range}, ${effectiveN.toFixed(1)} effective periods). A correlation is not a cause.`
    : `No evidence of a relation: r = ${r.toFixed(2)} is within what chance gives (${range}; |r| would need to exceed ${criticalR.toFixed(2)}).`;
  return { lag, n, r, effectiveN, low, high, criticalR, verdict, explanation };
}

/** Lags 0…maxLag of the score against one market series (aligned by period, oldest first). */
export function laggedCorrelations(
  scores: readonly (number | null)[],
  market: readonly (number | null)[],
  maxLag = 2,
): TLaggedCorrelation[] {
  return Array.from({ length: maxLag + 1 }, (_, lag) => laggedCorrelation(scores, market, lag));
}
