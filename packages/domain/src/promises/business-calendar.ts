import { DAY_MS, getZone, MINUTE_MS, type TZone } from './time-zone.ts';

export type TIsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** One working period of a weekday in local time; a day may have several (a lunch break). */
export interface TBusinessHours {
  day: TIsoWeekday;
  /** 'HH:MM', local. */
  open: string;
  /** 'HH:MM', local, after `open`; '24:00' is the end of the day. */
  close: string;
}

export interface TBusinessCalendar {
  /** IANA, e.g. 'Europe/Berlin'. */
  timeZone: string;
  week: TBusinessHours[];
  /** 'YYYY-MM-DD' local dates on which nothing is open. */
  holidays: string[];
}

/** A calendar made ready for arithmetic: working periods per local day, as instants, cached. */
export interface TCompiledCalendar {
  zone: TZone;
  /** Flat [open, close, open, close…] instants of the day's working periods, in order. */
  periodsOf: (day: number) => readonly number[];
  hasWorkingHours: boolean;
}

/** How far the arithmetic looks for working time before it decides there is none. */
export const MAX_SCAN_DAYS = 3660;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const compiled = new WeakMap<TBusinessCalendar, TCompiledCalendar>();

/** Compiles once per calendar object: pass the same object again and again to keep the cache. */
export function compileCalendar(calendar: TBusinessCalendar): TCompiledCalendar {
  let result = compiled.get(calendar);
  if (!result) {
    result = buildCalendar(calendar);
    compiled.set(calendar, result);
  }
  return result;
}

/** Minutes after local midnight of an 'HH:MM' time; RangeError when it is not one. */
export function parseLocalTime(text: string): number {
  if (!HH_MM.test(text)) throw new RangeError(`"${text}" is not a local time like 09:00`);
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

/** Local days since 1970-01-01 of a 'YYYY-MM-DD' date; RangeError when it is not a real date. */
export function parseLocalDate(text: string): number {
  const match = ISO_DATE.exec(text);
  const ms = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
    : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new RangeError(`"${text}" is not a date like 2026-12-24`);
  }
  return ms / DAY_MS;
}

/** ISO weekday (1 = Monday) of a local day number; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): TIsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as TIsoWeekday;
}

function buildCalendar(calendar: TBusinessCalendar): TCompiledCalendar {
  const zone = getZone(calendar.timeZone);
  const minutesByWeekday = groupPeriods(calendar.week);
  const holidays = new Set(calendar.holidays.map(parseLocalDate));
  const days = new Map<number, readonly number[]>();
  const periodsOf = (day: number): readonly number[] => {
    let periods = days.get(day);
    if (!periods) {
      periods = holidays.has(day) ? [] : toInstants(zone, day, minutesByWeekday[weekdayOf(day)]);
      days.set(day, periods);
    }
    return periods;
  };
  const hasWorkingHours = minutesByWeekday.some(
    (periods) => periods !== undefined && periods.length > 0,
  );
  return { zone, periodsOf, hasWorkingHours };
}

/** Flat [open, close…] minutes per ISO weekday (index 1–7), sorted, overlaps merged. */
function groupPeriods(week: TBusinessHours[]): number[][] {
  const byDay: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const hours of week) {
    const open = parseLocalTime(hours.open);
    const close = parseLocalTime(hours.close);
    if (close > open) byDay[hours.day]?.push([open, close]);
  }
  return byDay.map((periods) => {
    periods.sort((a, b) => a[0] - b[0]);
    const flat: number[] = [];
    for (const [open, close] of periods) {
      const last = flat.length - 1;
      if (last > 0 && open <= (flat[last] ?? 0)) flat[last] = Math.max(flat[last] ?? 0, close);
      else flat.push(open, close);
    }
    return flat;
  });
}

function toInstants(zone: TZone, day: number, minutes: number[] | undefined): number[] {
  const instants: number[] = [];
  if (!minutes) return instants;
  for (let index = 0; index + 1 < minutes.length; index += 2) {
    const open = zone.instantOf(day * DAY_MS + (minutes[index] ?? 0) * MINUTE_MS);
    const close = zone.instantOf(day * DAY_MS + (minutes[index + 1] ?? 0) * MINUTE_MS);
    // A period inside a skipped DST hour has no length; it is not worked.
    if (close > open) instants.push(open, close);
  }
  return instants;
}
