import type { TDepartment, TDepartmentListQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, ilike, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { buildKeyset } from '../common/sort-cursor.ts';
import { selectDepartments, toDepartmentView } from './department-query.ts';
import { escapeLike } from './escape-like.ts';

const ARCHIVED: Record<TDepartmentListQuery['archived'], SQL | undefined> = {
  exclude: isNull(schema.departments.archivedAt),
  include: undefined,
  only: isNotNull(schema.departments.archivedAt),
};

export async function findDepartments(
  context: TServiceContext,
  query: TDepartmentListQuery,
): Promise<TPage<TDepartment>> {
  const keyset = buildKeyset<{ id: string; name: string }>({
    sort: query.sort,
    cursor: query.cursor,
    id: schema.departments.id,
    fields: {
      name: { expression: schema.departments.name, valueOf: (row) => row.name },
      createdAt: { expression: schema.departments.id, valueOf: (row) => row.id },
    },
  });
  const filters = [
    keyset.where,
    ARCHIVED[query.archived],
    query.q ? ilike(schema.departments.name, `%${escapeLike(query.q)}%`) : undefined,
    query.function ? eq(schema.departments.function, query.function) : undefined,
    query.customerFacing === undefined
      ? undefined
      : eq(schema.departments.customerFacing, query.customerFacing),
  ];
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    selectDepartments(tx)
      .where(and(...filters))
      .orderBy(...keyset.orderBy)
      .limit(query.limit + 1),
  );
  return keyset.toPage(rows, query.limit, toDepartmentView);
}
