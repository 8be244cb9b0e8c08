import type { TAuditEntry, TAuditListQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { toAuditEntry } from './mappers.ts';

/** Newest first: the cursor is the last id seen, the next page holds older ids. */
export async function findAuditEntries(
  context: TServiceContext,
  query: TAuditListQuery,
): Promise<TPage<TAuditEntry>> {
  const before = decodeCursor(query.cursor);
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx
      .select()
      .from(schema.auditLog)
      .where(
        and(
          before ? lt(schema.auditLog.id, before) : undefined,
          query.subjectType ? eq(schema.auditLog.subjectType, query.subjectType) : undefined,
        ),
      )
      .orderBy(desc(schema.auditLog.id))
      .limit(query.limit + 1),
  );
  return toPage(rows, query.limit, toAuditEntry);
}
