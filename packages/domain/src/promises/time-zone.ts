/**
 * Local time in an IANA time zone with nothing but `Intl.DateTimeFormat`.
 *
 * Why no library: Node 20 ships full ICU, so Intl already knows every zone and its DST rules;
 * what the libraries add (parsing, formatting, Temporal) we do not need, and a tz library would
 * either bundle its own copy of the tz database (which goes stale) or wrap Intl anyway. Intl
 * calls are slow (~µs), so every answer is cached per zone and per local day: business
 * arithmetic over a million events then touches Intl only for each new day it meets.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** One local calendar day of a zone. `day` counts local days since 1970-01-01. */
export interface TZoneDay {
  day: number;
  /** The instant of local midnight (the first instant of the day where midnight is skipped). */
  startMs: number;
  /** The instant of the next local midnight: 23 or 25 hours later on DST days. */
  endMs: number;
  /** UTC offset (ms) at the start of the day. */
  offsetMs: number;
  /** True when the offset does not change during the day, so wall time is `t + offsetMs`. */
  uniform: boolean;
}

export interface TZone {
  timeZone: string;
  getDay: (day: number) => TZoneDay;
  /** The local day that contains the instant. */
  dayOf: (ms: number) => TZoneDay;
  /** The instant as a wall clock reading, expressed as ms since the epoch "as if UTC". */
  wallOf: (ms: number) => number;
  /** The instant of a wall clock reading (see `wallToInstant` for gaps and overlaps). */
  instantOf: (wallMs: number) => number;
}

const zones = new Map<string, TZone>();

/** The cached zone for an IANA name; throws RangeError for a name Intl does not know. */
export function getZone(timeZone: string): TZone {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = createZone(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function createZone(timeZone: string): TZone {
  const offsetAt = createOffsetReader(timeZone);
  const instantOf = (wallMs: number) => wallToInstant(wallMs, offsetAt);
  const days = new Map<number, TZoneDay>();
  const getDay = (day: number): TZoneDay => {
    let entry = days.get(day);
    if (!entry) {
      const startMs = instantOf(day * DAY_MS);
      const endMs = instantOf((day + 1) * DAY_MS);
      const offsetMs = offsetAt(startMs);
      entry = { day, startMs, endMs, offsetMs, uniform: offsetAt(endMs - 1) === offsetMs };
      days.set(day, entry);
    }
    return entry;
  };
  // Offsets lie within ±14 h, so the local day is the UTC day or one of its neighbours.
  const dayOf = (ms: number): TZoneDay => {
    const entry = getDay(Math.floor(ms / DAY_MS));
    if (ms < entry.startMs) return getDay(entry.day - 1);
    if (ms >= entry.endMs) return getDay(entry.day + 1);
    return entry;
  };
  const wallOf = (ms: number): number => {
    const entry = dayOf(ms);
    return ms + (entry.uniform ? entry.offsetMs : offsetAt(ms));
  };
  return { timeZone, getDay, dayOf, wallOf, instantOf };
}

/** Reads the zone's UTC offset (ms) at an instant, to the second. */
function createOffsetReader(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (ms: number) => {
    const parts = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
    for (const part of format.formatToParts(ms)) {
      if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
    }
    const wall = Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
    );
    return wall - Math.floor(ms / 1000) * 1000;
  };
}

/**
 * Resolves a wall clock reading like Temporal's 'compatible' disambiguation: a time that
 * happens twice (clocks go back) is the earlier instant; a time that never happens (clocks go
 * forward) is moved forward by the gap, so Berlin's 02:30 on 2026-03-29 is 03:30 CEST.
 * It assumes at most one offset change within a day on either side, true of every real zone.
 */
function wallToInstant(wallMs: number, offsetAt: (ms: number) => number): number {
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = offsetAt(early) === before;
  const lateValid = offsetAt(late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early;
}
