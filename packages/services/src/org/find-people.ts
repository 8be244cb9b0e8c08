import type { TPage, TPerson, TPersonFilters, TPersonListQuery } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { buildKeyset } from '../common/sort-cursor.ts';
import { escapeLike } from './escape-like.ts';
import { toPerson } from './org-mappers.ts';
import { loadSkills } from './person-skills.ts';

type TUserRow = typeof schema.users.$inferSelect;

/** The WHERE of a people filter; the CSV export uses the same one. */
export function filterPeople(filters: TPersonFilters): SQL | undefined {
  const pattern = filters.q ? `%${escapeLike(filters.q)}%` : null;
  return and(
    pattern
      ? or(
          ilike(schema.users.name, pattern),
          ilike(schema.users.email, pattern),
          ilike(schema.users.title, pattern),
        )
      : undefined,
    filters.departmentId === 'none' ? isNull(schema.users.departmentId) : undefined,
    filters.departmentId && filters.departmentId !== 'none'
      ? eq(schema.users.departmentId, filters.departmentId)
      : undefined,
    filters.role ? eq(schema.users.role, filters.role) : undefined,
    filters.managerId ? eq(schema.users.managerId, filters.managerId) : undefined,
    filters.active === undefined ? undefined : eq(schema.users.active, filters.active),
  );
}

export async function findPeople(
  context: TServiceContext,
  query: TPersonListQuery,
): Promise<TPage<TPerson>> {
  const keyset = buildKeyset<TUserRow>({
    sort: query.sort,
    cursor: query.cursor,
    id: schema.users.id,
    fields: {
      name: { expression: schema.users.name, valueOf: (row) => row.name },
      email: { expression: schema.users.email, valueOf: (row) => row.email },
      createdAt: { expression: schema.users.id, valueOf: (row) => row.id },
      // Not stated sorts as -1: below 0 %, so "lowest first" starts with the unknowns.
      customerWorkShare: {
        expression: sql`coalesce(${schema.users.customerWorkShare}, -1)`,
        valueOf: (row) => row.customerWorkShare ?? -1,
      },
    },
  });
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await tx
      .select()
      .from(schema.users)
      .where(and(keyset.where, filterPeople(query)))
      .orderBy(...keyset.orderBy)
      .limit(query.limit + 1);
    const skills = await loadSkills(
      tx,
      rows.slice(0, query.limit).map((row) => row.id),
    );
    return keyset.toPage(rows, query.limit, (row) => toPerson(row, skills.get(row.id) ?? []));
  });
}
