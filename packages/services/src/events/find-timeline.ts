import type { TEvent, TPage, TTimelineQuery } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { getCustomerInTransaction } from '../customers/customer-query.ts';
import { decodeTimelineCursor, encodeTimelineCursor } from './event-cursor.ts';
import { EVENT_COLUMNS, type TEventSqlRow, toEvent } from './event-mappers.ts';

/** `order.*` matches every type that starts with `order.`; anything else matches exactly. */
export function typeFilter(type: string | undefined): SQL | undefined {
  if (!type) return undefined;
  if (!type.endsWith('*')) return sql`AND type = ${type}`;
  const prefix = type.slice(0, -1).replace(/[\\%_]/g, (char) => `\\${char}`);
  return sql`AND type LIKE ${`${prefix}%`}`;
}

/** A date alone means its whole day: `to=2026-03-01` includes the 1st of March. */
function toBound(value: string, end: boolean): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const day = new Date(`${value}T00:00:00Z`);
  if (end) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

function timelineFilters(query: TTimelineQuery): SQL {
  const after = decodeTimelineCursor(query.cursor);
  const parts: (SQL | undefined)[] = [
    query.department ? sql`AND department_id = ${query.department}` : undefined,
    query.valueChain ? sql`AND value_chain_id = ${query.valueChain}` : undefined,
    query.stage ? sql`AND stage_id = ${query.stage}` : undefined,
    typeFilter(query.type),
    query.from ? sql`AND occurred_at >= ${toBound(query.from, false)}::timestamptz` : undefined,
    query.to ? sql`AND occurred_at < ${toBound(query.to, true)}::timestamptz` : undefined,
    after
      ? sql`AND (occurred_at, id) < (${after.at}::timestamptz, ${after.id}::bigint)`
      : undefined,
  ];
  return sql.join(
    parts.filter((part): part is SQL => part !== undefined),
    sql` `,
  );
}

/**
 * The customer's timeline, newest first, read along the (org, customer, occurred_at desc,
 * id desc) index a page at a time: the cursor is the last row's (occurred_at, id), so a page
 * costs the same at the start and ten thousand events in.
 */
export async function findTimeline(
  context: TServiceContext,
  customerId: string,
  query: TTimelineQuery,
): Promise<TPage<TEvent>> {
  const { orgId } = context.actor;
  return withTenant(context.database, orgId, async (tx) => {
    await getCustomerInTransaction(tx, customerId);
    const result = await tx.execute<TEventSqlRow>(sql`
      SELECT ${sql.raw(EVENT_COLUMNS)} FROM events
      WHERE org_id = ${orgId} AND customer_id = ${customerId} ${timelineFilters(query)}
      ORDER BY occurred_at DESC, id DESC
      LIMIT ${query.limit + 1}`);
    const rows = result.rows.slice(0, query.limit).map(toEvent);
    const last = rows.at(-1);
    const more = result.rows.length > query.limit && last;
    return {
      items: rows,
      nextCursor: more ? encodeTimelineCursor(last.occurredAt, last.id) : null,
    };
  });
}
