import type { TPromiseOutcomeListQuery, TPromiseOutcomePage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import type { TServiceContext } from '../common/context.ts';
import { decodeListCursor, encodeListCursor } from './list-cursor.ts';
import { selectOutcomes } from './outcome-list-query.ts';

/** Outcomes of the promises, filtered, newest first, a page at a time. */
export async function findPromiseOutcomes(
  context: TServiceContext,
  query: TPromiseOutcomeListQuery,
): Promise<TPromiseOutcomePage> {
  const after = decodeListCursor(query.cursor, 3);
  const { rows } = await withTenant(context.database, context.actor.orgId, (tx) =>
    selectOutcomes(tx, query, after, query.limit + 1),
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > query.limit && last
        ? encodeListCursor([last.startedAt, last.promiseId, last.key])
        : null,
  };
}
