import type { TBusinessCalendarView, TUpdateBusinessCalendarRequest } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { dateArray } from '../../common/sql-arrays.ts';
import { rethrowUnique } from '../../org/org-guards.ts';
import { clearDefaultCalendar, getCalendarInTransaction } from './calendar-query.ts';
import { reevaluateCalendarPromises } from './reevaluate-calendar-promises.ts';

function setClauses(input: TUpdateBusinessCalendarRequest): SQL[] {
  const sets: SQL[] = [sql`updated_at = now()`];
  if (input.name !== undefined) sets.push(sql`name = ${input.name}`);
  if (input.timeZone !== undefined) sets.push(sql`time_zone = ${input.timeZone}`);
  if (input.week !== undefined) sets.push(sql`week = ${JSON.stringify(input.week)}::jsonb`);
  if (input.holidays !== undefined) sets.push(sql`holidays = ${dateArray(input.holidays)}`);
  if (input.isDefault) sets.push(sql`is_default = true`);
  return sets;
}

/**
 * Renames a calendar, changes its hours, zone or holidays, or makes it the default. When
 * what it measures changes, the promises reading it are re-evaluated.
 */
export async function updateBusinessCalendar(
  context: TServiceContext,
  calendarId: string,
  input: TUpdateBusinessCalendarRequest,
): Promise<TBusinessCalendarView> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    const before = await getCalendarInTransaction(tx, calendarId);
    if (input.isDefault && !before.isDefault) await clearDefaultCalendar(tx, calendarId);
    await tx
      .execute(sql`UPDATE business_calendars SET ${sql.join(setClauses(input), sql`, `)}
        WHERE id = ${calendarId}`)
      .catch(rethrowUnique('/name', `There is already a calendar named ${input.name}.`));
    const after = await getCalendarInTransaction(tx, calendarId);
    const measures = (calendar: TBusinessCalendarView) =>
      JSON.stringify([calendar.timeZone, calendar.week, calendar.holidays, calendar.isDefault]);
    if (measures(before) !== measures(after))
      await reevaluateCalendarPromises(tx, orgId, calendarId);
    return after;
  });
}
