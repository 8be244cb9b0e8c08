import type { TPromiseList, TPromiseListQuery, TPromiseView } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { escapeLike } from '../org/escape-like.ts';
import { readPromise, selectPromiseViews } from './promise-query.ts';

function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === 'string'))
      return parsed as [string, string];
  } catch {
    // answered below
  }
  throw new AppError('validation_failed', {
    detail: 'The cursor is not one this API gave out; start again without it.',
    errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
  });
}

function filters(query: TPromiseListQuery): SQL {
  const after = decodeCursor(query.cursor);
  const like = query.q ? `%${escapeLike(query.q.toLowerCase())}%` : null;
  const parts: (SQL | null)[] = [
    query.active === undefined ? null : sql`p.active = ${query.active}`,
    query.departmentId ? sql`p.owner_department_id = ${query.departmentId}` : null,
    query.valueChainId ? sql`p.value_chain_id = ${query.valueChainId}` : null,
    query.stageId ? sql`p.stage_id = ${query.stageId}` : null,
    like
      ? sql`(lower(p.internal_name) LIKE ${like} OR lower(p.customer_wording) LIKE ${like})`
      : null,
    after ? sql`(lower(p.internal_name), p.id) > (${after[0]}, ${after[1]})` : null,
  ];
  const present = parts.filter((part): part is SQL => part !== null);
  return present.length === 0 ? sql`true` : sql.join(present, sql` AND `);
}

/** The Bill of Rights, by name, with each promise's recent compliance. */
export async function findPromises(
  context: TServiceContext,
  query: TPromiseListQuery,
): Promise<TPromiseList> {
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    selectPromiseViews(
      tx,
      filters(query),
      sql`ORDER BY lower(p.internal_name), p.id LIMIT ${query.limit + 1}`,
    ),
  );
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? Buffer.from(JSON.stringify([last.internalName.toLowerCase(), last.id])).toString(
          'base64url',
        )
      : null;
  return { items, nextCursor };
}

export async function getPromiseById(
  context: TServiceContext,
  promiseId: string,
): Promise<TPromiseView> {
  return withTenant(context.database, context.actor.orgId, (tx) => readPromise(tx, promiseId));
}
