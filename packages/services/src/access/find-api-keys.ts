import type { TApiKey, TCursorQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { asc, gt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { toApiKey } from './mappers.ts';

export async function findApiKeys(
  context: TServiceContext,
  query: TCursorQuery,
): Promise<TPage<TApiKey>> {
  const after = decodeCursor(query.cursor);
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx
      .select()
      .from(schema.apiKeys)
      .where(after ? gt(schema.apiKeys.id, after) : undefined)
      .orderBy(asc(schema.apiKeys.id))
      .limit(query.limit + 1),
  );
  return toPage(rows, query.limit, toApiKey);
}
