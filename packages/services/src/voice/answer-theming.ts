import { schema, type TTransaction } from '@customeric/db';
import { compileThemeRules, matchThemes, type TCompiledTheme } from '@customeric/domain';
import { inArray, sql } from 'drizzle-orm';

/** The organisation's themes, compiled once for a batch of answers. */
export async function loadCompiledThemes(
  tx: TTransaction,
  themeIds?: readonly string[],
): Promise<TCompiledTheme[]> {
  const query = tx.select({ id: schema.themes.id, rules: schema.themes.rules }).from(schema.themes);
  const rows = themeIds ? await query.where(inArray(schema.themes.id, [...themeIds])) : await query;
  return rows.map((row) => compileThemeRules({ themeId: row.id, rules: row.rules }));
}

export interface TCommentedAnswer {
  id: string;
  comment: string | null;
  language: string | null;
}

/**
 * Tags answers with the themes whose rules find a term in their comment. A tag a person set
 * or took off (origin 'hand') is left as it is. Returns the number of tags added.
 */
export async function tagAnswersByRule(
  tx: TTransaction,
  orgId: string,
  themes: readonly TCompiledTheme[],
  answers: readonly TCommentedAnswer[],
): Promise<number> {
  if (themes.length === 0) return 0;
  const rows = answers.flatMap((answer) =>
    matchThemes(themes, answer.comment, answer.language).map((themeId) => ({
      answer_id: answer.id,
      theme_id: themeId,
    })),
  );
  if (rows.length === 0) return 0;
  const result = await tx.execute(sql`
    INSERT INTO answer_themes (org_id, answer_id, theme_id, origin)
    SELECT ${orgId}, r.answer_id, r.theme_id, 'rule'
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(answer_id bigint, theme_id text)
    ON CONFLICT (org_id, answer_id, theme_id) DO NOTHING`);
  return result.rowCount ?? 0;
}
