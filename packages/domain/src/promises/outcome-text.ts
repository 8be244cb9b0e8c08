import type { TBusinessCalendar } from './business-calendar.ts';
import { DAY_MS, getZone, MINUTE_MS } from './time-zone.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const dayTexts = new Map<number, string>();
const clockTexts: string[] = [];

/**
 * "Tue 2026-03-03 13:00" in the calendar's zone, or with " UTC" when there is no calendar.
 * Built from the zone's cached offsets and cached day and clock texts: Intl formatting per
 * outcome would cost more than evaluating the outcome.
 */
export function formatInstant(instant: Date, calendar: TBusinessCalendar | null): string {
  const ms = instant.getTime();
  const wall = calendar ? getZone(calendar.timeZone).wallOf(ms) : ms;
  const day = Math.floor(wall / DAY_MS);
  const text = `${dayText(day)} ${clockText(Math.floor((wall - day * DAY_MS) / MINUTE_MS))}`;
  return calendar ? text : `${text} UTC`;
}

function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const date = new Date(day * DAY_MS);
    text = `${WEEKDAYS[date.getUTCDay()]} ${date.toISOString().slice(0, 10)}`;
    // Bounded: a long replay meets a few thousand days; past that, start again.
    if (dayTexts.size > 20_000) dayTexts.clear();
    dayTexts.set(day, text);
  }
  return text;
}

function clockText(minuteOfDay: number): string {
  let text = clockTexts[minuteOfDay];
  if (text === undefined) {
    text = `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
    clockTexts[minuteOfDay] = text;
  }
  return text;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** A number for a sentence: integers as they are, others with at most 2 decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A value read from an event, for a sentence. */
export function formatValue(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? 'nothing';
}
