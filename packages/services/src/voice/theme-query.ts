import type { TTheme, TThemeExample } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';

type TRow = {
  id: string;
  name: string;
  description: string | null;
  rules: TTheme['rules'];
  updated_at: string;
  answer_count: number;
  by_hand: number;
  nps_count: number;
  detractor_count: number;
  examples: (Omit<TThemeExample, 'answerId'> & { answerId: string })[] | null;
};

/** Themes with their counts and their three latest examples, in one query. */
export async function selectThemes(tx: TTransaction, where: SQL = sql``): Promise<TTheme[]> {
  const result = await tx.execute<TRow>(sql`
    SELECT th.id, th.name, th.description, th.rules, th.updated_at,
      count(a.id)::int AS answer_count,
      count(a.id) FILTER (WHERE t.origin = 'hand')::int AS by_hand,
      count(a.id) FILTER (WHERE a.kind = 'nps')::int AS nps_count,
      count(a.id) FILTER (WHERE a.kind = 'nps' AND a.score <= 6)::int AS detractor_count,
      (SELECT json_agg(e) FROM (
         SELECT 'ans_' || x.id AS "answerId", x.kind, x.score, x.comment, x.language,
           x.answered_at AS "answeredAt", c.name AS "customerName"
         FROM answer_themes y
         JOIN survey_answers x ON x.org_id = y.org_id AND x.id = y.answer_id
         LEFT JOIN customers c ON c.org_id = x.org_id AND c.id = x.customer_id
         WHERE y.org_id = th.org_id AND y.theme_id = th.id AND y.applies AND x.comment IS NOT NULL
         ORDER BY y.answer_id DESC LIMIT 3) e) AS examples
    FROM themes th
    LEFT JOIN answer_themes t ON t.org_id = th.org_id AND t.theme_id = th.id AND t.applies
    LEFT JOIN survey_answers a ON a.org_id = t.org_id AND a.id = t.answer_id
    ${where}
    GROUP BY th.org_id, th.id
    ORDER BY answer_count DESC, lower(th.name)`);
  return result.rows.map((row) => ({
    id: row.id,
    name: row.name,
    description: row.description,
    rules: row.rules,
    answerCount: row.answer_count,
    byHand: row.by_hand,
    npsCount: row.nps_count,
    detractorCount: row.detractor_count,
    examples: (row.examples ?? []).map((example) => ({
      ...example,
      answeredAt: new Date(example.answeredAt).toISOString(),
    })),
    updatedAt: new Date(row.updated_at).toISOString(),
  })) as TTheme[];
}

export async function getThemeInTransaction(tx: TTransaction, themeId: string): Promise<TTheme> {
  const [theme] = await selectThemes(tx, sql`WHERE th.id = ${themeId}`);
  if (!theme) throw new AppError('not_found', { detail: `There is no theme ${themeId}.` });
  return theme;
}
