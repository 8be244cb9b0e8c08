import type { TEvent, TEventListQuery, TPage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeIdCursor, encodeIdCursor } from './event-cursor.ts';
import { EVENT_COLUMNS, type TEventSqlRow, toEvent } from './event-mappers.ts';
import { typeFilter } from './find-timeline.ts';

/** The events most recently taken in, newest first (ids grow with each insert). */
export async function findEvents(
  context: TServiceContext,
  query: TEventListQuery,
): Promise<TPage<TEvent>> {
  const { orgId } = context.actor;
  const before = decodeIdCursor(query.cursor);
  const result = await withTenant(context.database, orgId, (tx) =>
    tx.execute<TEventSqlRow>(sql`
      SELECT ${sql.raw(EVENT_COLUMNS)} FROM events
      WHERE org_id = ${orgId}
        ${before ? sql`AND id < ${before}::bigint` : sql``}
        ${query.source ? sql`AND source = ${query.source}` : sql``}
        ${typeFilter(query.type) ?? sql``}
      ORDER BY id DESC LIMIT ${query.limit + 1}`),
  );
  const items = result.rows.slice(0, query.limit).map(toEvent);
  const last = items.at(-1);
  return {
    items,
    nextCursor: result.rows.length > query.limit && last ? encodeIdCursor(last.id) : null,
  };
}
