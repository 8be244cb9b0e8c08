import type { TBusinessCalendar } from './business-calendar.ts';
import { addBusinessTime } from './business-time.ts';
import type { TDuration } from './promise-rule.ts';
import { DAY_MS, getZone, HOUR_MS, MINUTE_MS } from './time-zone.ts';

/**
 * The deadline `duration` after `from`. Minutes and hours are elapsed time. Days are calendar
 * days: with a calendar, the same local time N days later in its zone (a day across a DST change
 * is 23 or 25 hours, as people count it); without one, N × 24 hours. Business units need a
 * calendar: RangeError without one (check `usesBusinessTime` when a promise is saved).
 */
export function addDuration(
  duration: TDuration,
  from: Date,
  calendar: TBusinessCalendar | null,
): Date {
  const { amount, unit } = duration;
  switch (unit) {
    case 'minutes':
      return new Date(from.getTime() + amount * MINUTE_MS);
    case 'hours':
      return new Date(from.getTime() + amount * HOUR_MS);
    case 'days':
      return addCalendarDays(from, amount, calendar);
    case 'business_hours':
    case 'business_days':
      if (!calendar) {
        throw new RangeError(`A duration in ${unit.replace('_', ' ')} needs a business calendar`);
      }
      return addBusinessTime(calendar, from, amount, unit);
  }
}

function addCalendarDays(from: Date, amount: number, calendar: TBusinessCalendar | null): Date {
  if (!calendar) return new Date(from.getTime() + amount * DAY_MS);
  const whole = Math.trunc(amount);
  const zone = getZone(calendar.timeZone);
  const sameTime = zone.instantOf(zone.wallOf(from.getTime()) + whole * DAY_MS);
  return new Date(sameTime + (amount - whole) * DAY_MS);
}

export function isBusinessDuration(duration: TDuration | undefined): boolean {
  return duration?.unit === 'business_hours' || duration?.unit === 'business_days';
}

const UNIT_WORDS: Record<TDuration['unit'], [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  business_hours: ['business hour', 'business hours'],
  business_days: ['business day', 'business days'],
};

/** "4 business hours", "1 day", "90 minutes". */
export function describeDuration(duration: TDuration): string {
  const [one, many] = UNIT_WORDS[duration.unit];
  return `${duration.amount} ${duration.amount === 1 ? one : many}`;
}
