import type { TBusinessCalendarList } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import type { TServiceContext } from '../../common/context.ts';
import { selectCalendars } from './calendar-query.ts';

/** The organisation's business calendars (a handful), the default first. */
export async function findBusinessCalendars(
  context: TServiceContext,
): Promise<TBusinessCalendarList> {
  return withTenant(context.database, context.actor.orgId, async (tx) => ({
    items: await selectCalendars(tx),
  }));
}
