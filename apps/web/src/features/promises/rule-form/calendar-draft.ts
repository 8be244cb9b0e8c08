import type { TBusinessCalendarView } from '@customeric/contracts';

export interface THoursDraft {
  key: string;
  day: number;
  open: string;
  close: string;
}

export interface TCalendarDraft {
  name: string;
  timeZone: string;
  hours: THoursDraft[];
  holidays: string[];
  isDefault: boolean;
}

export const WEEKDAYS = [
  [1, 'Monday'],
  [2, 'Tuesday'],
  [3, 'Wednesday'],
  [4, 'Thursday'],
  [5, 'Friday'],
  [6, 'Saturday'],
  [7, 'Sunday'],
] as const;

let nextKey = 0;
export function newHours(day: number, open = '09:00', close = '17:00'): THoursDraft {
  nextKey += 1;
  return { key: `h${nextKey}`, day, open, close };
}

/** A new calendar: Monday to Friday, nine to five, in the browser's own time zone. */
export function createCalendarDraft(timeZone: string): TCalendarDraft {
  return {
    name: '',
    timeZone,
    hours: [1, 2, 3, 4, 5].map((day) => newHours(day)),
    holidays: [],
    isDefault: false,
  };
}

export function fromCalendar(calendar: TBusinessCalendarView): TCalendarDraft {
  return {
    name: calendar.name,
    timeZone: calendar.timeZone,
    hours: calendar.week.map((hours) => newHours(hours.day, hours.open, hours.close)),
    holidays: [...calendar.holidays].sort(),
    isDefault: calendar.isDefault,
  };
}

/** The body the contract expects: the week in day order, holidays sorted and once each. */
export function toCalendarRequest(draft: TCalendarDraft) {
  return {
    name: draft.name.trim(),
    timeZone: draft.timeZone,
    week: [...draft.hours]
      .sort((a, b) => a.day - b.day || a.open.localeCompare(b.open))
      .map(({ day, open, close }) => ({ day, open, close })),
    holidays: [...new Set(draft.holidays)].sort(),
    isDefault: draft.isDefault,
  };
}

/** Hours of one weekday, with their index in the whole list (where errors point). */
export function hoursOfDay(draft: TCalendarDraft, day: number) {
  return draft.hours.flatMap((hours, index) => (hours.day === day ? [{ hours, index }] : []));
}

/** The browser's time zones, or a few common ones where Intl cannot list them. */
export function listTimeZones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  return supported
    ? supported('timeZone')
    : ['UTC', 'Europe/London', 'Europe/Berlin', 'America/New_York'];
}
