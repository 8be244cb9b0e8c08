import type { TBusinessCalendar } from './business-calendar.ts';
import { DAY_MS, getZone } from './time-zone.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The promised time carried by an event, or null when it carries none that can be read.
 * - a date-time with `Z` or an offset: that instant;
 * - a date-time without one: a local time in the calendar's zone (UTC without a calendar);
 * - a date alone ('2026-03-31'): by the end of that local day, i.e. the last millisecond before
 *   the next local midnight.
 * Numbers are refused: seconds or milliseconds since 1970 cannot be told apart.
 */
export function readDeadline(value: unknown, calendar: TBusinessCalendar | null): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) {
    const day = validWall(dateOnly, 0, 0, 0, 0);
    return day === null ? null : new Date(toInstant(day + DAY_MS, calendar) - 1);
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const hour = Number(dateTime[4]);
  const minute = Number(dateTime[5]);
  const second = Number(dateTime[6] ?? 0);
  const wall = validWall(
    dateTime,
    hour,
    minute,
    second,
    Number((dateTime[7] ?? '').padEnd(3, '0')),
  );
  if (wall === null) return null;
  const zone = dateTime[8];
  if (!zone) return new Date(toInstant(wall, calendar));
  if (zone.toUpperCase() === 'Z') return new Date(wall);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
  return new Date(wall - offset);
}

/** Wall-clock ms "as if UTC" of the matched date and the given time; null for 2026-02-30. */
function validWall(
  match: RegExpExecArray,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number | null {
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month, day, hour, minute, second, ms);
  const check = new Date(wall);
  const same =
    check.getUTCFullYear() === year && check.getUTCMonth() === month && check.getUTCDate() === day;
  return same ? wall : null;
}

function toInstant(wall: number, calendar: TBusinessCalendar | null): number {
  return calendar ? getZone(calendar.timeZone).instantOf(wall) : wall;
}
