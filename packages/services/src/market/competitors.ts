import type {
  TCompetitor,
  TCreateCompetitorRequest,
  TUpdateCompetitorRequest,
} from '@customeric/contracts';
import { newId, schema, type TTransaction, withTenant } from '@customeric/db';
import { asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

type TCompetitorRow = typeof schema.competitors.$inferSelect;

function toCompetitor(row: TCompetitorRow): TCompetitor {
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function assertNameFree(tx: TTransaction, name: string, exceptId: string | null) {
  const result = await tx.execute<{ id: string }>(
    sql`SELECT id FROM competitors WHERE lower(name) = lower(${name})`,
  );
  if (result.rows.some((row) => row.id !== exceptId))
    throw new AppError('conflict', {
      detail: `There is already a competitor called ${name}.`,
      errors: [{ pointer: '/name', message: 'is taken' }],
    });
}

export async function findCompetitors(context: TServiceContext): Promise<{ items: TCompetitor[] }> {
  const rows = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx.select().from(schema.competitors).orderBy(asc(schema.competitors.name)),
  );
  return { items: rows.map(toCompetitor) };
}

export async function createCompetitor(
  context: TServiceContext,
  request: TCreateCompetitorRequest,
): Promise<TCompetitor> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await assertNameFree(tx, request.name, null);
    const [row] = await tx
      .insert(schema.competitors)
      .values({ orgId: context.actor.orgId, id: newId('cmp'), ...request })
      .returning();
    return toCompetitor(row as TCompetitorRow);
  });
}

export async function updateCompetitor(
  context: TServiceContext,
  competitorId: string,
  request: TUpdateCompetitorRequest,
): Promise<TCompetitor> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    if (request.name) await assertNameFree(tx, request.name, competitorId);
    const [row] = await tx
      .update(schema.competitors)
      .set({ ...request, updatedAt: new Date() })
      .where(eq(schema.competitors.id, competitorId))
      .returning();
    if (!row) throw new AppError('not_found', { detail: 'There is no such competitor.' });
    return toCompetitor(row);
  });
}

/** Removes a competitor and its shares in every period. */
export async function deleteCompetitor(
  context: TServiceContext,
  competitorId: string,
): Promise<void> {
  await withTenant(context.database, context.actor.orgId, async (tx) => {
    const removed = await tx
      .delete(schema.competitors)
      .where(eq(schema.competitors.id, competitorId))
      .returning({ id: schema.competitors.id });
    if (removed.length === 0)
      throw new AppError('not_found', { detail: 'There is no such competitor.' });
  });
}
