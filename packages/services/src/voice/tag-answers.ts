import type { TAnswerTheme } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

async function assertAnswerAndTheme(tx: TTransaction, answerId: string, themeId: string) {
  const result = await tx.execute<{ answer: boolean; theme: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM survey_answers WHERE id = ${answerId.slice(4)}::bigint) AS answer,
      EXISTS (SELECT 1 FROM themes WHERE id = ${themeId}) AS theme`);
  const found = result.rows[0];
  if (!found?.answer)
    throw new AppError('not_found', { detail: `There is no answer ${answerId}.` });
  if (!found.theme) throw new AppError('not_found', { detail: `There is no theme ${themeId}.` });
}

async function themesOf(tx: TTransaction, answerId: string): Promise<TAnswerTheme[]> {
  const result = await tx.execute<TAnswerTheme>(sql`
    SELECT th.id, th.name, t.origin FROM answer_themes t
    JOIN themes th ON th.org_id = t.org_id AND th.id = t.theme_id
    WHERE t.answer_id = ${answerId.slice(4)}::bigint AND t.applies ORDER BY th.name`);
  return result.rows;
}

/**
 * Sets (applies = true) or takes off (false) a theme of an answer by hand. Either way the
 * choice is kept as a person's: running the rules again changes neither.
 */
async function setTheme(
  context: TServiceContext,
  answerId: string,
  themeId: string,
  applies: boolean,
) {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await assertAnswerAndTheme(tx, answerId, themeId);
    await tx.execute(sql`
      INSERT INTO answer_themes (org_id, answer_id, theme_id, origin, applies, tagged_by, tagged_at)
      VALUES (${actor.orgId}, ${answerId.slice(4)}::bigint, ${themeId}, 'hand', ${applies},
        ${actor.userId ?? actor.apiKeyId}, now())
      ON CONFLICT (org_id, answer_id, theme_id) DO UPDATE SET origin = 'hand',
        applies = EXCLUDED.applies, tagged_by = EXCLUDED.tagged_by, tagged_at = now()`);
    return { themes: await themesOf(tx, answerId) };
  });
}

export function tagAnswer(context: TServiceContext, answerId: string, themeId: string) {
  return setTheme(context, answerId, themeId, true);
}

export async function untagAnswer(context: TServiceContext, answerId: string, themeId: string) {
  await setTheme(context, answerId, themeId, false);
}
