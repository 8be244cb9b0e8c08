import type {
  TPromiseBreachDetail,
  TPromiseBreachListQuery,
  TPromiseBreachPage,
} from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { bigintArray } from '../common/sql-arrays.ts';
import { EVENT_COLUMNS, type TEventSqlRow, toEvent } from '../events/event-mappers.ts';
import { breachesAfter, breachFilters, selectBreaches } from './breach-list-query.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';

/** Breaches, filtered, most recently broken first, a page at a time. */
export async function findPromiseBreaches(
  context: TServiceContext,
  query: TPromiseBreachListQuery,
): Promise<TPromiseBreachPage> {
  const after = breachesAfter(decodeListCursor(query.cursor, 2));
  const conditions = [...breachFilters(query), ...(after ? [after] : [])];
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    selectBreaches(tx, conditions, query.limit + 1),
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last ? encodeListCursor([last.brokenAt, last.id]) : null,
  };
}

/** One breach (withdrawn ones too) with the events it rests on. */
export async function getPromiseBreachById(
  context: TServiceContext,
  breachId: string,
): Promise<TPromiseBreachDetail> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const [breach] = await selectBreaches(tx, [sql`b.id = ${breachId}`], 1);
    if (!breach) throw new AppError('not_found', { detail: `There is no breach ${breachId}.` });
    const ids = breach.evidenceEventIds.map((id) => id.slice(4));
    const events = await tx.execute<TEventSqlRow>(sql`
      SELECT ${sql.raw(EVENT_COLUMNS)} FROM events
      WHERE id = ANY(${bigintArray(ids)}) ORDER BY occurred_at, id`);
    return { ...breach, evidence: events.rows.map(toEvent) };
  });
}
