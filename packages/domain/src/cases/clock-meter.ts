import type { TBusinessCalendar } from '../promises/business-calendar.ts';
import { addBusinessTime, businessTimeBetween } from '../promises/business-time.ts';
import type { TClockTarget } from './case-clock-vocabulary.ts';

const MINUTE = 60_000;

/** How a clock counts time: business minutes of a calendar, or every minute of the day. */
export interface TClockMeter {
  /** Minutes counted between two instants (0 when `to` is not after `from`). */
  between(from: Date, to: Date): number;
  /** The instant `minutes` counted minutes after `from`. */
  add(from: Date, minutes: number): Date;
}

const ELAPSED: TClockMeter = {
  between: (from, to) => Math.max(0, to.getTime() - from.getTime()) / MINUTE,
  add: (from, minutes) => new Date(from.getTime() + minutes * MINUTE),
};

/**
 * Business units count the calendar's working minutes (the promises engine's arithmetic, so a
 * clock and a promise agree on weekends, holidays and DST); `hours` counts elapsed time.
 * RangeError for a business unit without a calendar.
 */
export function meterFor(target: TClockTarget, calendar: TBusinessCalendar | null): TClockMeter {
  if (target.unit === 'hours') return ELAPSED;
  if (!calendar) throw new RangeError(`A clock in ${target.unit} needs a business calendar`);
  return {
    between: (from, to) => (to > from ? businessTimeBetween(calendar, from, to) : 0),
    add: (from, minutes) => addBusinessTime(calendar, from, minutes / 60, 'business_hours'),
  };
}

/**
 * The target in counted minutes from `start`. Business days are "by the same local time N
 * working days later", so their length in minutes depends on where the clock starts.
 */
export function targetMinutes(
  target: TClockTarget,
  start: Date,
  calendar: TBusinessCalendar | null,
): number {
  if (target.unit !== 'business_days') return target.amount * 60;
  if (!calendar) throw new RangeError('A clock in business days needs a business calendar');
  const due = addBusinessTime(calendar, start, target.amount, 'business_days');
  return businessTimeBetween(calendar, start, due);
}

/** A span in which the clock does not run; `to` null: it still does not. */
export interface TClockPause {
  from: Date;
  to: Date | null;
}

/** Minutes counted from `start` to `until`, leaving out the pauses. */
export function countActive(
  meter: TClockMeter,
  start: Date,
  until: Date,
  pauses: readonly TClockPause[],
): number {
  let total = meter.between(start, until);
  for (const pause of pauses) {
    const from = pause.from > start ? pause.from : start;
    const to = pause.to && pause.to < until ? pause.to : until;
    if (to > from) total -= meter.between(from, to);
  }
  return Math.max(0, total);
}

/**
 * The instant at which `minutes` have been counted from `start`, the pauses left out. A pause
 * still going on is taken to end at `now`: the answer is then when it will happen if the clock
 * runs again from now.
 */
export function instantAfter(
  meter: TClockMeter,
  start: Date,
  minutes: number,
  pauses: readonly TClockPause[],
  now: Date,
): Date {
  const ordered = [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  let cursor = start;
  let remaining = minutes;
  for (const pause of ordered) {
    const end = pause.to ?? (now > pause.from ? now : pause.from);
    if (end <= cursor) continue;
    if (pause.from > cursor) {
      const candidate = meter.add(cursor, remaining);
      if (candidate <= pause.from) return candidate;
      remaining -= meter.between(cursor, pause.from);
    }
    cursor = end;
  }
  return meter.add(cursor, Math.max(0, remaining));
}
