import {
  compileCalendar,
  MAX_SCAN_DAYS,
  type TBusinessCalendar,
  type TCompiledCalendar,
} from './business-calendar.ts';
import type { TBusinessUnit } from './promise-rule.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time-zone.ts';

/**
 * Adds working time of a business calendar.
 *
 * - `business_hours`: the clock runs only inside working periods; a start outside them starts
 *   the clock at the next opening. Ending exactly at a closing time gives that closing time.
 * - `business_days`: "by the same local time N working days later". The clock starts as above;
 *   the answer is that start's local time of day on the Nth working day after the start's day
 *   (a working day has working periods and is not a holiday), moved into that day's working
 *   periods when it falls outside them (before the opening → opening; after the closing →
 *   closing; in a break → the end of the break). A complaint on Saturday 10:00 with 1 business
 *   day is due Tuesday at opening: one whole working day (Monday) lies in between.
 *   N must be a whole number.
 *
 * RangeError when the calendar has no working hours, or MAX_SCAN_DAYS days in a row without
 * any (holidays without end), instead of looking for ever.
 */
export function addBusinessTime(
  calendar: TBusinessCalendar,
  from: Date,
  amount: number,
  unit: TBusinessUnit,
): Date {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`A business duration must be a number of at least 0, not ${amount}`);
  }
  const compiled = usableCalendar(calendar);
  if (unit === 'business_hours') {
    return new Date(addWorkingMs(compiled, from.getTime(), amount * HOUR_MS));
  }
  if (!Number.isInteger(amount)) {
    throw new RangeError(`Business days must be a whole number, not ${amount}`);
  }
  return new Date(addWorkingDays(compiled, from.getTime(), amount));
}

/** Business minutes between two instants (negative when `to` is before `from`). */
export function businessTimeBetween(calendar: TBusinessCalendar, from: Date, to: Date): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end < start) return -businessTimeBetween(calendar, to, from);
  const compiled = usableCalendar(calendar);
  let total = 0;
  const lastDay = compiled.zone.dayOf(end).day;
  for (let day = compiled.zone.dayOf(start).day; day <= lastDay; day += 1) {
    const periods = compiled.periodsOf(day);
    for (let index = 0; index + 1 < periods.length; index += 2) {
      const overlap = Math.min(end, periods[index + 1] ?? 0) - Math.max(start, periods[index] ?? 0);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

function usableCalendar(calendar: TBusinessCalendar): TCompiledCalendar {
  const compiled = compileCalendar(calendar);
  if (!compiled.hasWorkingHours) {
    throw new RangeError(
      `The business calendar (${calendar.timeZone}) has no working hours on any day of the week`,
    );
  }
  return compiled;
}

function addWorkingMs(compiled: TCompiledCalendar, from: number, amountMs: number): number {
  let remaining = amountMs;
  let cursor = from;
  let lastWorked = compiled.zone.dayOf(from).day;
  for (let day = lastWorked; day <= lastWorked + MAX_SCAN_DAYS; day += 1) {
    const periods = compiled.periodsOf(day);
    if (periods.length > 0) lastWorked = day;
    for (let index = 0; index + 1 < periods.length; index += 2) {
      const close = periods[index + 1] ?? 0;
      if (close <= cursor) continue;
      const start = Math.max(periods[index] ?? 0, cursor);
      if (remaining <= close - start) return start + remaining;
      remaining -= close - start;
      cursor = close;
    }
  }
  throw noWorkingTime(compiled, from);
}

function addWorkingDays(compiled: TCompiledCalendar, from: number, days: number): number {
  const start = addWorkingMs(compiled, from, 0);
  if (days === 0) return start;
  const { zone } = compiled;
  const startDay = zone.dayOf(start).day;
  const timeOfDay = zone.wallOf(start) - startDay * DAY_MS;
  let found = 0;
  let lastWorked = startDay;
  for (let day = startDay + 1; day <= lastWorked + MAX_SCAN_DAYS; day += 1) {
    const periods = compiled.periodsOf(day);
    if (periods.length === 0) continue;
    lastWorked = day;
    found += 1;
    if (found === days) return moveIntoPeriods(periods, zone.instantOf(day * DAY_MS + timeOfDay));
  }
  throw noWorkingTime(compiled, from);
}

/** The instant itself when it is inside a period, else the nearest equivalent working instant. */
function moveIntoPeriods(periods: readonly number[], instant: number): number {
  for (let index = 0; index + 1 < periods.length; index += 2) {
    const open = periods[index] ?? 0;
    if (instant < open) return open;
    if (instant <= (periods[index + 1] ?? 0)) return instant;
  }
  return periods[periods.length - 1] ?? instant;
}

function noWorkingTime(compiled: TCompiledCalendar, from: number): RangeError {
  return new RangeError(
    `The business calendar (${compiled.zone.timeZone}) has no working time for ${MAX_SCAN_DAYS} days in a row after ${new Date(from).toISOString()}`,
  );
}
