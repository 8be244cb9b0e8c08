import type { TCursorQuery, TEventIngest, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { desc, lt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { toEventIngest } from './event-mappers.ts';

/** Batches, streams and files taken in, newest first. */
export async function findEventIngests(
  context: TServiceContext,
  query: TCursorQuery,
): Promise<TPage<TEventIngest>> {
  const before = decodeCursor(query.cursor);
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx
      .select()
      .from(schema.eventIngests)
      .where(before ? lt(schema.eventIngests.id, before) : undefined)
      .orderBy(desc(schema.eventIngests.id))
      .limit(query.limit + 1),
  );
  return toPage(rows, query.limit, toEventIngest);
}
