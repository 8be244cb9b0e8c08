import type { TProgrammeAssignment, TProgrammeAssignmentQuery } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../../common/context.ts';
import { selectAssignments } from './assignment-query.ts';

/** The programme's assignments: of a month, of a person (or me), open, handled or overdue. */
export async function findProgrammeAssignments(
  context: TServiceContext,
  query: TProgrammeAssignmentQuery,
  now: Date = new Date(),
): Promise<{ items: TProgrammeAssignment[] }> {
  const { actor } = context;
  const conditions = [sql`true`];
  if (query.month) conditions.push(sql`a.month = ${`${query.month}-01`}::date`);
  const person = query.executiveUserId === 'me' ? (actor.userId ?? '') : query.executiveUserId;
  if (person !== undefined) conditions.push(sql`a.executive_user_id = ${person}`);
  if (query.status === 'handled') conditions.push(sql`a.handled_at IS NOT NULL`);
  if (query.status === 'open') conditions.push(sql`a.handled_at IS NULL`);
  if (query.status === 'overdue')
    conditions.push(sql`a.handled_at IS NULL AND a.due_at < ${now.toISOString()}::timestamptz`);
  return withTenant(context.database, actor.orgId, async (tx) => ({
    items: await selectAssignments(tx, sql.join(conditions, sql` AND `), now),
  }));
}
