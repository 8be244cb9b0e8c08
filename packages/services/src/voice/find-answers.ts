import type { TAnswer, TAnswerListQuery, TPage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { npsGroupOf } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeTimelineCursor, encodeTimelineCursor } from '../events/event-cursor.ts';
import { escapeLike } from '../org/escape-like.ts';

type TRow = {
  id: string;
  survey_id: string;
  survey_name: string | null;
  kind: TAnswer['kind'];
  score: number;
  answered_at: string;
  customer_id: string;
  customer_name: string | null;
  contact_id: string | null;
  contact_name: string | null;
  segment: string | null;
  relationship_level: string;
  touchpoint_type: string | null;
  department_id: string | null;
  department_name: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  event_id: string | null;
  comment: string | null;
  language: string | null;
  extra: Record<string, string | number>;
  via: TAnswer['via'];
  source: string;
  external_id: string;
  themes: TAnswer['themes'] | null;
};

/** The end of a day given as a date is the start of the next one. */
function endOf(moment: string): string {
  if (moment.length > 10) return moment;
  return new Date(Date.parse(`${moment}T00:00:00Z`) + 86_400_000).toISOString();
}

function filtersOf(query: TAnswerListQuery): SQL[] {
  const npsRange = { promoter: [9, 10], passive: [7, 8], detractor: [0, 6] } as const;
  const filters: (SQL | null)[] = [
    query.surveyId ? sql`a.survey_id = ${query.surveyId}` : null,
    query.kind ? sql`a.kind = ${query.kind}` : null,
    query.npsGroup
      ? sql`a.kind = 'nps' AND a.score BETWEEN ${npsRange[query.npsGroup][0]} AND ${npsRange[query.npsGroup][1]}`
      : null,
    query.customerId ? sql`a.customer_id = ${query.customerId}` : null,
    query.departmentId ? sql`a.department_id = ${query.departmentId}` : null,
    query.segment ? sql`a.segment = ${query.segment}` : null,
    query.hasComment === true ? sql`a.comment IS NOT NULL` : null,
    query.hasComment === false ? sql`a.comment IS NULL` : null,
    query.q ? sql`a.comment ILIKE ${`%${escapeLike(query.q)}%`}` : null,
    query.from ? sql`a.answered_at >= ${query.from}::timestamptz` : null,
    query.to ? sql`a.answered_at < ${endOf(query.to)}::timestamptz` : null,
    query.themeId
      ? sql`EXISTS (SELECT 1 FROM answer_themes t WHERE t.org_id = a.org_id AND t.answer_id = a.id
          AND t.theme_id = ${query.themeId} AND t.applies)`
      : null,
  ];
  return filters.filter((filter): filter is SQL => filter !== null);
}

function toAnswer(row: TRow): TAnswer {
  return {
    id: `ans_${row.id}`,
    surveyId: row.survey_id,
    surveyName: row.survey_name,
    kind: row.kind,
    score: row.score,
    npsGroup: row.kind === 'nps' ? npsGroupOf(row.score) : null,
    answeredAt: new Date(row.answered_at).toISOString(),
    customerId: row.customer_id,
    customerName: row.customer_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    segment: row.segment,
    relationshipLevel: row.relationship_level,
    touchpointType: row.touchpoint_type,
    departmentId: row.department_id,
    departmentName: row.department_name,
    valueChainId: row.value_chain_id,
    stageId: row.stage_id,
    eventId: row.event_id ? `evt_${row.event_id}` : null,
    comment: row.comment,
    language: row.language,
    extra: row.extra,
    via: row.via,
    source: row.source,
    externalId: row.external_id,
    themes: row.themes ?? [],
  };
}

const ANSWER_SELECT = sql`
  SELECT a.id::text, a.survey_id, s.name AS survey_name, a.kind, a.score, a.answered_at,
    a.customer_id, c.name AS customer_name, a.contact_id, k.name AS contact_name, a.segment,
    a.relationship_level, a.touchpoint_type, a.department_id, d.name AS department_name,
    a.value_chain_id, a.stage_id, a.event_id::text, a.comment, a.language, a.extra, a.via,
    a.source, a.external_id,
    (SELECT json_agg(json_build_object('id', th.id, 'name', th.name, 'origin', t.origin)
       ORDER BY th.name)
     FROM answer_themes t JOIN themes th ON th.org_id = t.org_id AND th.id = t.theme_id
     WHERE t.org_id = a.org_id AND t.answer_id = a.id AND t.applies) AS themes
  FROM survey_answers a
  LEFT JOIN surveys s ON s.org_id = a.org_id AND s.id = a.survey_id
  LEFT JOIN customers c ON c.org_id = a.org_id AND c.id = a.customer_id
  LEFT JOIN contacts k ON k.org_id = a.org_id AND k.id = a.contact_id
  LEFT JOIN departments d ON d.org_id = a.org_id AND d.id = a.department_id`;

/** Answers, newest first, with who answered, where, and their themes; keyset-paginated. */
export async function findAnswers(
  context: TServiceContext,
  query: TAnswerListQuery,
): Promise<TPage<TAnswer>> {
  const after = decodeTimelineCursor(query.cursor);
  const filters = filtersOf(query);
  if (after)
    filters.push(sql`(a.answered_at, a.id) < (${after.at}::timestamptz, ${after.id}::bigint)`);
  const where = filters.length > 0 ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  const result = await withTenant(context.database, context.actor.orgId, (tx) =>
    tx.execute<TRow>(sql`${ANSWER_SELECT} ${where}
      ORDER BY a.answered_at DESC, a.id DESC LIMIT ${query.limit + 1}`),
  );
  const items = result.rows.slice(0, query.limit).map(toAnswer);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      result.rows.length > query.limit && last
        ? encodeTimelineCursor(last.answeredAt, last.id.replace('ans_', ''))
        : null,
  };
}
