import type { TCase, TCaseFilters, TCaseListQuery, TPage } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, gt, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TActor, TServiceContext } from '../common/context.ts';
import { buildKeyset } from '../common/sort-cursor.ts';
import { escapeLike } from '../org/escape-like.ts';
import { selectCases, type TCaseRow, toCase } from './case-query.ts';

const PRIORITY_RANK = sql<number>`(CASE ${schema.cases.priority} WHEN 'urgent' THEN 3
  WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END)`;
const RANKS: Record<string, number> = { urgent: 3, high: 2, normal: 1, low: 0 };

function ownerFilter(owner: string | undefined, actor: TActor): SQL | undefined {
  if (!owner) return undefined;
  if (owner === 'none') return isNull(schema.cases.ownerUserId);
  if (owner !== 'me') return eq(schema.cases.ownerUserId, owner);
  if (!actor.userId)
    throw new AppError('validation_failed', {
      detail: 'An API key is nobody: ownerUserId=me needs a signed-in person.',
      errors: [{ pointer: '/ownerUserId', message: 'me needs a signed-in person' }],
    });
  return eq(schema.cases.ownerUserId, actor.userId);
}

function searchFilter(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const anywhere = `%${escapeLike(q)}%`;
  return sql`(${schema.cases.subject} ILIKE ${anywhere} OR ${schema.customers.name} ILIKE ${anywhere}
    OR ${schema.cases.id} = ${q})`;
}

/** The WHERE of the case list for these filters (a saved view holds the same filters). */
function buildCaseFilters(filters: TCaseFilters, actor: TActor): (SQL | undefined)[] {
  const { statusCategory, bounced } = filters;
  return [
    searchFilter(filters.q),
    statusCategory === 'active'
      ? inArray(schema.cases.statusCategory, ['open', 'waiting'])
      : statusCategory
        ? eq(schema.cases.statusCategory, statusCategory)
        : undefined,
    filters.status ? eq(schema.cases.statusKey, filters.status) : undefined,
    filters.priority ? eq(schema.cases.priority, filters.priority) : undefined,
    filters.category ? eq(schema.cases.category, filters.category) : undefined,
    filters.departmentId ? eq(schema.cases.departmentId, filters.departmentId) : undefined,
    ownerFilter(filters.ownerUserId, actor),
    filters.customerId ? eq(schema.cases.customerId, filters.customerId) : undefined,
    filters.sourceKind ? eq(schema.cases.sourceKind, filters.sourceKind) : undefined,
    bounced === 'true' ? gt(schema.cases.bounceCount, 0) : undefined,
    bounced === 'false' ? eq(schema.cases.bounceCount, 0) : undefined,
  ];
}

/** The case list: filtered, sorted on a whitelisted field, keyset-paginated. */
export async function findCases(
  context: TServiceContext,
  query: TCaseListQuery,
): Promise<TPage<TCase>> {
  const keyset = buildKeyset<TCaseRow>({
    sort: query.sort,
    cursor: query.cursor,
    id: schema.cases.id,
    fields: {
      openedAt: { expression: schema.cases.openedAt, valueOf: (row) => row.openedAt.toISOString() },
      updatedAt: {
        expression: schema.cases.updatedAt,
        valueOf: (row) => row.updatedAt.toISOString(),
      },
      priority: { expression: PRIORITY_RANK, valueOf: (row) => RANKS[row.priority] ?? 0 },
      subject: {
        expression: sql`lower(${schema.cases.subject})`,
        valueOf: (row) => row.subject.toLowerCase(),
      },
    },
  });
  const filters = [keyset.where, ...buildCaseFilters(query, context.actor)];
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await selectCases(tx)
      .where(and(...filters))
      .orderBy(...keyset.orderBy)
      .limit(query.limit + 1);
    return keyset.toPage(rows, query.limit, toCase);
  });
}
