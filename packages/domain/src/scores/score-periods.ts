/**
 * The periods scores are reported by: ISO weeks (Monday to Sunday), calendar months, quarters
 * and years, all in UTC. Score counts are kept per week and per month, so every period here
 * is an exact sum of stored counts (a quarter is three months, a year twelve).
 */
export const SCORE_GRAINS = ['week', 'month', 'quarter', 'year'] as const;
export type TScoreGrain = (typeof SCORE_GRAINS)[number];

export interface TScorePeriod {
  grain: TScoreGrain;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** First day of the next period (exclusive end), YYYY-MM-DD. */
  end: string;
  /** 2026-W07, 2026-02, 2026-Q1 or 2026. */
  label: string;
}

const DAY = 86_400_000;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function utc(year: number, month: number, day = 1): number {
  return Date.UTC(year, month, day);
}

/** Monday of the ISO week of `time`, and that week's ISO year and number. */
function isoWeekOf(time: number): { monday: number; year: number; week: number } {
  const day = new Date(time);
  const midnight = utc(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7;
  const monday = midnight - weekday * DAY;
  const thursday = new Date(monday + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utc(year, 0, 1)) / (7 * DAY)) + 1;
  return { monday, year, week };
}

function monthsOf(grain: TScoreGrain): number {
  if (grain === 'month') return 1;
  return grain === 'quarter' ? 3 : 12;
}

function periodFromStart(grain: TScoreGrain, start: number): TScorePeriod {
  const date = new Date(start);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (grain === 'week') {
    const { week, year: weekYear } = isoWeekOf(start);
    const label = `${weekYear}-W${String(week).padStart(2, '0')}`;
    return { grain, start: isoDate(start), end: isoDate(start + 7 * DAY), label };
  }
  const end = utc(year, month + monthsOf(grain));
  let label = String(year);
  if (grain === 'month') label = `${year}-${String(month + 1).padStart(2, '0')}`;
  if (grain === 'quarter') label = `${year}-Q${Math.floor(month / 3) + 1}`;
  return { grain, start: isoDate(start), end: isoDate(end), label };
}

/** The period of this grain that contains `moment` (a Date, or an ISO date or date-time). */
export function periodContaining(grain: TScoreGrain, moment: Date | string): TScorePeriod {
  const time = new Date(moment).getTime();
  if (Number.isNaN(time)) throw new RangeError(`not a date: ${String(moment)}`);
  if (grain === 'week') return periodFromStart(grain, isoWeekOf(time).monday);
  const date = new Date(time);
  const months = monthsOf(grain);
  const month = Math.floor(date.getUTCMonth() / months) * months;
  return periodFromStart(grain, utc(date.getUTCFullYear(), month));
}

/** The period `steps` periods after (or before, when negative) this one. */
export function shiftPeriod(period: TScorePeriod, steps: number): TScorePeriod {
  const start = new Date(`${period.start}T00:00:00Z`);
  if (period.grain === 'week') return periodFromStart('week', start.getTime() + steps * 7 * DAY);
  const months = monthsOf(period.grain) * steps;
  return periodFromStart(period.grain, utc(start.getUTCFullYear(), start.getUTCMonth() + months));
}

const LABELS: [RegExp, TScoreGrain][] = [
  [/^(\d{4})-W(\d{2})$/, 'week'],
  [/^(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})$/, 'year'],
];

/** Reads a label (2026-W07, 2026-02, 2026-Q1, 2026); null when it is none of these. */
export function parsePeriod(label: string): TScorePeriod | null {
  for (const [pattern, grain] of LABELS) {
    const match = pattern.exec(label.trim());
    if (!match) continue;
    const year = Number(match[1]);
    const number = Number(match[2] ?? 1);
    if (grain === 'year') return periodFromStart(grain, utc(year, 0));
    if (grain === 'quarter') return periodFromStart(grain, utc(year, (number - 1) * 3));
    if (grain === 'month')
      return number >= 1 && number <= 12 ? periodFromStart(grain, utc(year, number - 1)) : null;
    const firstMonday = isoWeekOf(utc(year, 0, 4)).monday;
    const period = periodFromStart(grain, firstMonday + (number - 1) * 7 * DAY);
    return period.label === label.trim() ? period : null;
  }
  return null;
}

/** Every period of this grain from the one containing `from` to the one containing `to`. */
export function periodsBetween(
  grain: TScoreGrain,
  from: Date | string,
  to: Date | string,
  limit = 520,
): TScorePeriod[] {
  const periods: TScorePeriod[] = [];
  const last = periodContaining(grain, to);
  for (
    let period = periodContaining(grain, from);
    period.start <= last.start && periods.length < limit;
    period = shiftPeriod(period, 1)
  )
    periods.push(period);
  return periods;
}
