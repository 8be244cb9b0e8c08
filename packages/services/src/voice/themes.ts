import type { TCreateThemeRequest, TTheme, TUpdateThemeRequest } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { applyThemeRulesIn } from './apply-theme-rules.ts';
import { explainNameTaken } from './survey-guards.ts';
import { getThemeInTransaction, selectThemes } from './theme-query.ts';

export function findThemes(context: TServiceContext): Promise<{ items: TTheme[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => ({
    items: await selectThemes(tx),
  }));
}

/** A new theme, applied at once to every answer with a comment. */
export async function createTheme(
  context: TServiceContext,
  request: TCreateThemeRequest,
): Promise<TTheme> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const id = newId('thm');
    await tx
      .insert(schema.themes)
      .values({ orgId: actor.orgId, id, ...request })
      .catch(explainNameTaken('theme', request.name));
    await applyThemeRulesIn(tx, actor.orgId, [id]);
    await recordAudit(tx, actor, {
      action: 'theme.created',
      subjectType: 'theme',
      subjectId: id,
      changes: { name: request.name, rules: request.rules },
    });
    return getThemeInTransaction(tx, id);
  });
}

/** Saves the theme; new rules are applied to every answer at once, hand tags kept. */
export async function updateTheme(
  context: TServiceContext,
  themeId: string,
  request: TUpdateThemeRequest,
): Promise<TTheme> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await tx
      .select()
      .from(schema.themes)
      .where(eq(schema.themes.id, themeId))
      .for('update');
    if (!row) throw new AppError('not_found', { detail: `There is no theme ${themeId}.` });
    await tx
      .update(schema.themes)
      .set({ ...request, updatedAt: new Date() })
      .where(eq(schema.themes.id, themeId))
      .catch(explainNameTaken('theme', request.name ?? row.name));
    if (request.rules) await applyThemeRulesIn(tx, actor.orgId, [themeId]);
    await recordAudit(tx, actor, {
      action: 'theme.updated',
      subjectType: 'theme',
      subjectId: themeId,
      changes: { ...request },
    });
    return getThemeInTransaction(tx, themeId);
  });
}

/** Deletes the theme and its tags on answers (the answers stay). */
export async function deleteTheme(context: TServiceContext, themeId: string): Promise<void> {
  const { actor } = context;
  await withTenant(context.database, actor.orgId, async (tx) => {
    const deleted = await tx
      .delete(schema.themes)
      .where(eq(schema.themes.id, themeId))
      .returning({ name: schema.themes.name });
    if (deleted.length === 0)
      throw new AppError('not_found', { detail: `There is no theme ${themeId}.` });
    await recordAudit(tx, actor, {
      action: 'theme.deleted',
      subjectType: 'theme',
      subjectId: themeId,
      changes: { name: deleted[0]?.name },
    });
  });
}
