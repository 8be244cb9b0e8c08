import type { TPage, TValueChainListQuery, TValueChainSummary } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, eq, ilike, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { buildKeyset } from '../common/sort-cursor.ts';
import { escapeLike } from './escape-like.ts';
import { toValueChainBase } from './org-mappers.ts';
import { handoffsOf, loadStages, selectValueChains } from './value-chain-query.ts';

const ARCHIVED: Record<TValueChainListQuery['archived'], SQL | undefined> = {
  exclude: isNull(schema.valueChains.archivedAt),
  include: undefined,
  only: isNotNull(schema.valueChains.archivedAt),
};

export async function findValueChains(
  context: TServiceContext,
  query: TValueChainListQuery,
): Promise<TPage<TValueChainSummary>> {
  const keyset = buildKeyset<{ id: string; name: string }>({
    sort: query.sort,
    cursor: query.cursor,
    id: schema.valueChains.id,
    fields: {
      name: { expression: schema.valueChains.name, valueOf: (row) => row.name },
      createdAt: { expression: schema.valueChains.id, valueOf: (row) => row.id },
    },
  });
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await selectValueChains(tx)
      .where(
        and(
          keyset.where,
          ARCHIVED[query.archived],
          query.q ? ilike(schema.valueChains.name, `%${escapeLike(query.q)}%`) : undefined,
          query.managerId ? eq(schema.valueChains.managerUserId, query.managerId) : undefined,
        ),
      )
      .orderBy(...keyset.orderBy)
      .limit(query.limit + 1);
    const stages = await loadStages(
      tx,
      rows.slice(0, query.limit).map((row) => row.id),
    );
    return keyset.toPage(rows, query.limit, (row) => {
      const chainStages = stages.get(row.id) ?? [];
      return {
        ...toValueChainBase(row, row.managerName),
        stageCount: chainStages.length,
        handoffCount: handoffsOf(chainStages).length,
      };
    });
  });
}
