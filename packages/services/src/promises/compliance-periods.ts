import type { TCompliancePoint, TComplianceTrend } from '@customeric/contracts';

const DAY = 86_400_000;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the period (Monday of the week, first of the month) holding `date`, UTC. */
function periodStart(date: Date, period: 'week' | 'month'): Date {
  if (period === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - weekday * DAY);
}

/** Default range: the last 12 months or 13 weeks, the current one included. */
export function defaultRange(now: Date, period: 'week' | 'month'): { from: string; to: string } {
  const current = periodStart(now, period);
  const from =
    period === 'month'
      ? new Date(Date.UTC(current.getUTCFullYear(), current.getUTCMonth() - 11, 1))
      : new Date(current.getTime() - 12 * 7 * DAY);
  return { from: day(from), to: day(now) };
}

/** Every period start from the one holding `from` to the one holding `to`. */
export function listPeriods(from: string, to: string, period: 'week' | 'month'): string[] {
  const periods: string[] = [];
  const end = new Date(`${to}T00:00:00Z`);
  let cursor = periodStart(new Date(`${from}T00:00:00Z`), period);
  while (cursor <= end && periods.length < 600) {
    periods.push(day(cursor));
    cursor =
      period === 'month'
        ? new Date(Date.UTC(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, 1))
        : new Date(cursor.getTime() + 7 * DAY);
  }
  return periods;
}

/** Below this many points of rate per period, a slope is called steady. */
const STEADY = 0.005;

/**
 * The least-squares slope of the compliance rate over the periods that resolved anything:
 * how many points of rate a period adds or loses. Two points at least, else unknown.
 */
export function complianceTrend(series: readonly TCompliancePoint[]): TComplianceTrend {
  const points = series
    .map((point, index) => ({ x: index, y: point.rate }))
    .filter((point): point is { x: number; y: number } => point.y !== null);
  if (points.length < 2) return { slope: null, direction: 'unknown' };
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    variance += (point.x - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  const direction = slope > STEADY ? 'improving' : slope < -STEADY ? 'worsening' : 'steady';
  return { slope, direction };
}
