import type { TCaseEscalation, TEscalationListQuery, TPage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { decodeCursor, toPage } from '../../common/cursor.ts';
import { selectEscalations } from './escalation-query.ts';

/** Warnings, breaches and escalations across cases, newest first (ids are time-ordered). */
export async function findCaseEscalations(
  context: TServiceContext,
  query: TEscalationListQuery,
): Promise<TPage<TCaseEscalation>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const conditions = [sql`true`];
    if (query.kind) conditions.push(sql`e.kind = ${query.kind}`);
    if (after) conditions.push(sql`e.id < ${after}`);
    const rows = await selectEscalations(
      tx,
      sql.join(conditions, sql` AND `),
      sql`ORDER BY e.id DESC LIMIT ${query.limit + 1}`,
    );
    return toPage(rows, query.limit, (row) => row);
  });
}
