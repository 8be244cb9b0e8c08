/** 0.9412 → "94 %"; null (nothing resolved yet) → "—". One decimal below 10 % and above 99 %. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  const percent = rate * 100;
  const precise = percent > 99 && percent < 100;
  return `${precise ? percent.toFixed(1) : Math.round(percent)} %`;
}

export function formatCount(value: number): string {
  return value.toLocaleString('en');
}

/** "1 time", "9,412 times". */
export function formatTimes(value: number): string {
  return `${formatCount(value)} ${value === 1 ? 'time' : 'times'}`;
}

/** The first day of a week or month as a short label: "3 Mar" or "Mar 2026". */
export function formatPeriod(day: string, period: 'week' | 'month'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return period === 'month'
    ? date.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** YYYY-MM-DD of the day `days` before today (UTC), for default date ranges. */
export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}
