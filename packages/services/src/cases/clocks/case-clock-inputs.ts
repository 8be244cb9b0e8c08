import type { TTransaction } from '@customeric/db';
import {
  choosePolicy,
  computeCaseClocks,
  type TBusinessCalendar,
  type TCaseCategory,
  type TCasePriority,
  type TCaseSourceKind,
  type TCaseStatusCategory,
  type TComputedClock,
  type TStatusEntry,
} from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';
import type { TLoadedPolicy } from './clock-policy-query.ts';

/** What the clocks of a case are computed from, as loaded. */
export interface TClockCase {
  id: string;
  subject: string;
  priority: TCasePriority;
  category: TCaseCategory;
  sourceKind: TCaseSourceKind;
  statusCategory: TCaseStatusCategory;
  openedAt: Date;
  handoffCount: number;
  ownerUserId: string | null;
  frontOwnerUserId: string | null;
  departmentId: string | null;
}

export interface TNamedCalendar {
  name: string;
  calendar: TBusinessCalendar;
}

/** Every calendar by id, and the default one under the key `default`. */
export async function loadCalendars(tx: TTransaction): Promise<Map<string, TNamedCalendar>> {
  const rows = await tx.execute<{
    id: string;
    name: string;
    time_zone: string;
    week: TBusinessCalendar['week'];
    holidays: string[];
    is_default: boolean;
  }>(sql`SELECT id, name, time_zone, week, holidays::text[] AS holidays, is_default
         FROM business_calendars`);
  const calendars = new Map<string, TNamedCalendar>();
  for (const row of rows.rows) {
    const named = {
      name: row.name,
      calendar: { timeZone: row.time_zone, week: row.week, holidays: row.holidays },
    };
    calendars.set(row.id, named);
    if (row.is_default) calendars.set('default', named);
  }
  return calendars;
}

/** The status history of each case (category of each status it entered), oldest first. */
export async function loadHistories(
  tx: TTransaction,
  caseIds: readonly string[],
): Promise<Map<string, TStatusEntry[]>> {
  const histories = new Map<string, TStatusEntry[]>();
  if (caseIds.length === 0) return histories;
  const rows = await tx.execute<{
    case_id: string;
    at: Date | string;
    category: TCaseStatusCategory;
  }>(sql`
    SELECT c.case_id, c.at, s.category FROM case_status_changes c
    JOIN case_statuses s ON s.org_id = c.org_id AND s.key = c.to_status_key
    WHERE c.case_id = ANY(${textArray(caseIds)})
    ORDER BY c.case_id, c.at, c.id`);
  for (const row of rows.rows) {
    const list = histories.get(row.case_id) ?? [];
    list.push({ at: new Date(row.at), category: row.category });
    histories.set(row.case_id, list);
  }
  return histories;
}

export type TCaseClockResult =
  | { policy: null }
  | { policy: TLoadedPolicy; calendar: TNamedCalendar | null; problem: string }
  | { policy: TLoadedPolicy; calendar: TNamedCalendar | null; clocks: TComputedClock[] };

/**
 * The policy that applies to a case and its clocks now. A policy whose calendar is gone (or
 * business time with no default calendar) gives a problem instead of clocks: shown on the
 * case, logged by the check, never guessed.
 */
export function computeClocksOf(
  theCase: TClockCase,
  history: readonly TStatusEntry[],
  policies: readonly TLoadedPolicy[],
  calendars: ReadonlyMap<string, TNamedCalendar>,
  now: Date,
): TCaseClockResult {
  const policy = choosePolicy(policies, theCase);
  if (!policy) return { policy: null };
  const calendar = calendars.get(policy.calendarId ?? 'default') ?? null;
  try {
    const clocks = computeCaseClocks(
      policy.clocks,
      {
        openedAt: theCase.openedAt,
        history: history.length > 0 ? history : [{ at: theCase.openedAt, category: 'open' }],
        handoffCount: theCase.handoffCount,
      },
      { now, calendar: calendar?.calendar ?? null },
    );
    return { policy, calendar, clocks };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return { policy, calendar, problem: `${policy.name}: ${error.message}` };
  }
}
