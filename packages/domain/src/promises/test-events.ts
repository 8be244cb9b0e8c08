import type { TBusinessCalendar, TIsoWeekday } from './business-calendar.ts';
import { addBusinessTime } from './business-time.ts';
import type { TPromiseEvent, TPromiseOutcome } from './promise-rule.ts';

/** Mon–Fri 09:00–17:00 in a zone, with holidays. */
function officeHours(timeZone: string, holidays: string[] = []): TBusinessCalendar {
  const week = ([1, 2, 3, 4, 5] as TIsoWeekday[]).map((day) => ({
    day,
    open: '09:00',
    close: '17:00',
  }));
  return { timeZone, week, holidays };
}

export const BERLIN = officeHours('Europe/Berlin', ['2026-04-03', '2026-04-06', '2026-12-25']);

/** An event for the engine; `at` is ISO with its offset, e.g. '2026-03-03T10:00+01:00'. */
export function makeEvent(
  id: string,
  type: string,
  at: string,
  extra: Partial<Omit<TPromiseEvent, 'id' | 'type' | 'occurredAt'>> = {},
): TPromiseEvent {
  return {
    id,
    type,
    occurredAt: new Date(at),
    customerId: extra.customerId ?? 'cus_1',
    amount: extra.amount ?? null,
    attributes: extra.attributes ?? {},
  };
}

export interface TOutcomeSummary {
  key: string;
  status: TPromiseOutcome['status'];
  end: string | null;
  due: string | null;
  resolved: string | null;
}

/** What a person checks of an outcome, sorted by key so the input order cannot matter. */
export function summarize(outcomes: readonly TPromiseOutcome[]): TOutcomeSummary[] {
  return outcomes
    .map((outcome) => ({
      key: outcome.key,
      status: outcome.status,
      end: outcome.endEventId,
      due: outcome.dueAt?.toISOString() ?? null,
      resolved: outcome.resolvedAt?.toISOString() ?? null,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** An instant written with its offset, as the ISO text outcomes carry. */
export function iso(at: string): string {
  return new Date(at).toISOString();
}

export const NEW_YORK = officeHours('America/New_York');
const ALL_DAYS: TIsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
/** Open around the clock: business time is elapsed time. */
export const BERLIN_ALWAYS: TBusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: ALL_DAYS.map((day) => ({ day, open: '00:00', close: '24:00' })),
  holidays: [],
};
/** Mon–Thu with a lunch break, a short Friday. */
export const BERLIN_LUNCH: TBusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: [1, 2, 3, 4]
    .flatMap((day) => [
      { day: day as TIsoWeekday, open: '09:00', close: '12:00' },
      { day: day as TIsoWeekday, open: '13:00', close: '17:00' },
    ])
    .concat([{ day: 5, open: '09:00', close: '15:00' }]),
  holidays: [],
};

/** addBusinessTime on ISO texts, for tables. */
export function addIn(
  calendar: TBusinessCalendar,
  from: string,
  amount: number,
  unit: 'business_hours' | 'business_days',
) {
  return addBusinessTime(calendar, new Date(from), amount, unit).toISOString();
}
