import type { TThemePreview, TThemePreviewRequest } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { findTermMatches, type TSurveyKind } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';

const EXAMPLES = 20;

type TRow = {
  id: string;
  kind: TSurveyKind;
  score: number;
  comment: string;
  language: string | null;
  answered_at: string;
  customer_name: string | null;
};

/** Tries rules on the latest comments without saving anything: what would match, and where. */
export async function previewThemeRules(
  context: TServiceContext,
  request: TThemePreviewRequest,
): Promise<TThemePreview> {
  const result = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx.execute<TRow>(sql`
      SELECT a.id::text, a.kind, a.score, a.comment, a.language, a.answered_at, c.name AS customer_name
      FROM survey_answers a LEFT JOIN customers c ON c.org_id = a.org_id AND c.id = a.customer_id
      WHERE a.comment IS NOT NULL ORDER BY a.answered_at DESC, a.id DESC LIMIT ${request.sample}`),
  );
  let matched = 0;
  const examples: TThemePreview['examples'] = [];
  for (const row of result.rows) {
    const highlights = findTermMatches(request.rules, row.comment, row.language);
    if (highlights.length === 0) continue;
    matched++;
    if (examples.length < EXAMPLES)
      examples.push({
        answerId: `ans_${row.id}`,
        kind: row.kind,
        score: row.score,
        comment: row.comment,
        language: row.language,
        answeredAt: new Date(row.answered_at).toISOString(),
        customerName: row.customer_name,
        highlights: highlights.map(({ start, end }) => ({ start, end })),
      });
  }
  return { scanned: result.rows.length, matched, examples };
}
