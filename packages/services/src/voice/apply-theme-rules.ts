import type { TThemeRerunResult } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { textArray } from '../common/sql-arrays.ts';
import { loadCompiledThemes, tagAnswersByRule } from './answer-theming.ts';

const PAGE = 5_000;

/**
 * Runs the rules of these themes (all when none are named) over every answer with a comment
 * again: tags by rule are replaced, tags a person set or took off stay. Reads the answers a
 * page at a time in id order, so memory stays flat however many there are.
 */
export async function applyThemeRulesIn(
  tx: TTransaction,
  orgId: string,
  themeIds?: readonly string[],
): Promise<TThemeRerunResult> {
  const themes = await loadCompiledThemes(tx, themeIds);
  const ids = themes.map((theme) => theme.themeId);
  await tx.execute(sql`DELETE FROM answer_themes WHERE origin = 'rule'
    AND theme_id = ANY(${textArray(ids)})`);
  let scanned = 0;
  let tagged = 0;
  let after = '0';
  for (;;) {
    const page = await tx.execute<{ id: string; comment: string; language: string | null }>(sql`
      SELECT id::text, comment, language FROM survey_answers
      WHERE comment IS NOT NULL AND id > ${after}::bigint ORDER BY id LIMIT ${PAGE}`);
    if (page.rows.length === 0) break;
    scanned += page.rows.length;
    tagged += await tagAnswersByRule(tx, orgId, themes, page.rows);
    after = (page.rows.at(-1) as { id: string }).id;
  }
  return { themes: themes.length, scanned, tagged };
}

export function rerunThemeRules(context: TServiceContext): Promise<TThemeRerunResult> {
  return withTenant(context.database, context.actor.orgId, (tx) =>
    applyThemeRulesIn(tx, context.actor.orgId),
  );
}
