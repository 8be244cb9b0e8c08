import type { TPage, TUser, TUserListQuery } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { toUser } from './mappers.ts';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export async function findUsers(
  context: TServiceContext,
  query: TUserListQuery,
): Promise<TPage<TUser>> {
  const after = decodeCursor(query.cursor);
  const filters: (SQL | undefined)[] = [
    after ? gt(schema.users.id, after) : undefined,
    query.role ? eq(schema.users.role, query.role) : undefined,
    query.q
      ? or(
          ilike(schema.users.name, `%${escapeLike(query.q)}%`),
          ilike(schema.users.email, `%${escapeLike(query.q)}%`),
        )
      : undefined,
  ];
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx
      .select()
      .from(schema.users)
      .where(and(...filters))
      .orderBy(asc(schema.users.id))
      .limit(query.limit + 1),
  );
  return toPage(rows, query.limit, toUser);
}
