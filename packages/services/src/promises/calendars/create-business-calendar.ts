import type { TBusinessCalendarView, TCreateBusinessCalendarRequest } from '@customeric/contracts';
import { newId, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { dateArray } from '../../common/sql-arrays.ts';
import { rethrowUnique } from '../../org/org-guards.ts';
import { clearDefaultCalendar, getCalendarInTransaction } from './calendar-query.ts';
import { reevaluateCalendarPromises } from './reevaluate-calendar-promises.ts';

/** A new calendar; the first one, or one marked default, becomes the default. */
export async function createBusinessCalendar(
  context: TServiceContext,
  input: TCreateBusinessCalendarRequest,
): Promise<TBusinessCalendarView> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    const id = newId('cal');
    const any = await tx.execute(sql`SELECT 1 FROM business_calendars LIMIT 1`);
    const isDefault = input.isDefault || any.rows.length === 0;
    if (isDefault) await clearDefaultCalendar(tx, id);
    await tx
      .execute(sql`
        INSERT INTO business_calendars (org_id, id, name, time_zone, week, holidays, is_default)
        VALUES (${orgId}, ${id}, ${input.name}, ${input.timeZone},
          ${JSON.stringify(input.week)}::jsonb, ${dateArray(input.holidays)}, ${isDefault})`)
      .catch(rethrowUnique('/name', `There is already a calendar named ${input.name}.`));
    // Promises that name no calendar now follow this one.
    if (isDefault) await reevaluateCalendarPromises(tx, orgId, id);
    return getCalendarInTransaction(tx, id);
  });
}
