import type { TCaseFilters, TCaseView, TSaveCaseViewRequest } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

type TViewRow = typeof schema.caseViews.$inferSelect;

function toView(row: TViewRow): TCaseView {
  return {
    id: row.id,
    name: row.name,
    filters: row.filters as TCaseFilters,
    sort: row.sort,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Saved views belong to a person; the permission table keeps API keys away from them. */
function personOf(context: TServiceContext): string {
  if (!context.actor.userId)
    throw new AppError('forbidden', { detail: 'Saved views belong to a signed-in person.' });
  return context.actor.userId;
}

/** The person's own views, by name. */
export async function findCaseViews(context: TServiceContext): Promise<{ items: TCaseView[] }> {
  const userId = personOf(context);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await tx
      .select()
      .from(schema.caseViews)
      .where(eq(schema.caseViews.userId, userId))
      .orderBy(asc(schema.caseViews.name));
    return { items: rows.map(toView) };
  });
}

/** Saves the view under this name: a new one, or the person's view of that name replaced. */
export async function saveCaseView(
  context: TServiceContext,
  name: string,
  request: TSaveCaseViewRequest,
): Promise<TCaseView> {
  const userId = personOf(context);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const now = new Date();
    const values = { filters: request.filters, sort: request.sort, updatedAt: now };
    const [row] = await tx
      .insert(schema.caseViews)
      .values({ orgId: context.actor.orgId, id: newId('viw'), userId, name, ...values })
      .onConflictDoUpdate({
        target: [schema.caseViews.orgId, schema.caseViews.userId, schema.caseViews.name],
        set: values,
      })
      .returning();
    return toView(row as TViewRow);
  });
}

export async function deleteCaseView(context: TServiceContext, name: string): Promise<void> {
  const userId = personOf(context);
  await withTenant(context.database, context.actor.orgId, async (tx) => {
    const deleted = await tx
      .delete(schema.caseViews)
      .where(and(eq(schema.caseViews.userId, userId), eq(schema.caseViews.name, name)))
      .returning({ id: schema.caseViews.id });
    if (deleted.length === 0)
      throw new AppError('not_found', { detail: `You have no saved view named “${name}”.` });
  });
}
