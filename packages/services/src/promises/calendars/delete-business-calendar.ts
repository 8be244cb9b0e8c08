import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';
import { getCalendarInTransaction } from './calendar-query.ts';

/** Deletes a calendar no promise names and that is not the default. */
export async function deleteBusinessCalendar(
  context: TServiceContext,
  calendarId: string,
): Promise<void> {
  await withTenant(context.database, context.actor.orgId, async (tx) => {
    const calendar = await getCalendarInTransaction(tx, calendarId);
    if (calendar.isDefault)
      throw new AppError('conflict', {
        detail: `${calendar.name} is the default calendar: make another one the default first.`,
      });
    if (calendar.promiseCount > 0)
      throw new AppError('conflict', {
        detail: `${calendar.name} is used by ${calendar.promiseCount} ${calendar.promiseCount === 1 ? 'promise' : 'promises'}: give them another calendar first.`,
      });
    await tx.execute(sql`DELETE FROM business_calendars WHERE id = ${calendarId}`);
  });
}
