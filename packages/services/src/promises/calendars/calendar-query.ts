import type { TBusinessCalendarView } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';

type TCalendarRow = {
  id: string;
  name: string;
  time_zone: string;
  week: TBusinessCalendarView['week'];
  holidays: string[];
  is_default: boolean;
  promise_count: number;
  created_at: Date | string;
  updated_at: Date | string;
};

function toCalendarView(row: TCalendarRow): TBusinessCalendarView {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    week: row.week,
    holidays: row.holidays,
    isDefault: row.is_default,
    promiseCount: row.promise_count,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Calendars with the number of promises naming each, default first, then by name. */
export async function selectCalendars(
  tx: TTransaction,
  where: SQL = sql`true`,
): Promise<TBusinessCalendarView[]> {
  const result = await tx.execute<TCalendarRow>(sql`
    SELECT c.id, c.name, c.time_zone, c.week, c.holidays::text[] AS holidays, c.is_default,
      (SELECT count(*)::int FROM promises p WHERE p.org_id = c.org_id AND p.calendar_id = c.id)
        AS promise_count,
      c.created_at, c.updated_at
    FROM business_calendars c WHERE ${where}
    ORDER BY c.is_default DESC, lower(c.name), c.id`);
  return result.rows.map(toCalendarView);
}

export async function getCalendarInTransaction(
  tx: TTransaction,
  calendarId: string,
): Promise<TBusinessCalendarView> {
  const [calendar] = await selectCalendars(tx, sql`c.id = ${calendarId}`);
  if (!calendar)
    throw new AppError('not_found', { detail: `There is no business calendar ${calendarId}.` });
  return calendar;
}

/** Only one default per organisation: the others stop being it. */
export async function clearDefaultCalendar(tx: TTransaction, except: string): Promise<void> {
  await tx.execute(sql`
    UPDATE business_calendars SET is_default = false, updated_at = now()
    WHERE is_default AND id <> ${except}`);
}
