import { newId, type TDatabase, type TTransaction, withTenant } from '@customeric/db';
import { FOLLOW_UP_WINDOW_DAYS, highestDetractorScore } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { loadProgrammeSettings } from '../programme/programme-settings.ts';

const BATCH = 200;
const KIND_LABELS: Record<string, string> = {
  nps: 'NPS',
  csat: 'CSAT',
  ces: 'CES',
  custom: 'Score',
};

type TDetractorAnswer = {
  id: string;
  customer_id: string;
  kind: string;
  score: number;
  comment: string | null;
  department_id: string | null;
  survey: string;
  low: number;
  high: number;
};

/** Detractors' answers of the last days without a follow-up yet, oldest first. */
async function newDetractorAnswers(tx: TTransaction, now: Date): Promise<TDetractorAnswer[]> {
  const bound = (kind: 'nps' | 'csat' | 'ces') => highestDetractorScore(kind, { min: 0, max: 0 });
  const rows = await tx.execute<TDetractorAnswer>(sql`
    SELECT a.id::text AS id, a.customer_id, a.kind, a.score, a.comment,
      CASE WHEN d.archived_at IS NULL THEN d.id END AS department_id, s.name AS survey,
      s.scale_min AS low, s.scale_max AS high
    FROM survey_answers a
    JOIN surveys s ON s.org_id = a.org_id AND s.id = a.survey_id
    LEFT JOIN departments d ON d.org_id = a.org_id AND d.id = a.department_id
    WHERE a.answered_at > ${now.toISOString()}::timestamptz - make_interval(days => ${FOLLOW_UP_WINDOW_DAYS})
      AND a.answered_at <= ${now.toISOString()}::timestamptz
      AND a.score <= CASE a.kind WHEN 'nps' THEN ${bound('nps')} WHEN 'csat' THEN ${bound('csat')}
        WHEN 'ces' THEN ${bound('ces')}
        ELSE floor(s.scale_min + (s.scale_max - s.scale_min) * 0.3) END
      AND NOT EXISTS (SELECT 1 FROM case_follow_ups f WHERE f.answer_id = 'ans_' || a.id)
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.source_kind = 'survey'
        AND c.source_ref = 'ans_' || a.id)
    ORDER BY a.id LIMIT ${BATCH}`);
  return rows.rows;
}

function caseRow(answer: TDetractorAnswer, now: Date) {
  const kind = KIND_LABELS[answer.kind] ?? 'Score';
  const bound = highestDetractorScore(answer.kind, { min: answer.low, max: answer.high });
  return {
    id: newId('cas'),
    status_change_id: newId('csc'),
    answer_id: `ans_${answer.id}`,
    customer_id: answer.customer_id,
    department_id: answer.department_id,
    subject: `Follow up a detractor: ${kind} ${answer.score} on “${answer.survey}”`.slice(0, 200),
    description: answer.comment,
    priority: answer.score <= bound / 2 ? 'high' : 'normal',
    kind: answer.kind,
    score: answer.score,
    opened_at: now.toISOString(),
  };
}

/**
 * The closed loop, as a job over new answers rather than a call in the voice module: every
 * detractor's answer of the last FOLLOW_UP_WINDOW_DAYS opens one follow-up case (placed with
 * the department the answer is about, in the initial status) and its follow-up record. The
 * unique answer id makes it idempotent; the case clocks pick it up like any other case.
 */
export async function openFollowUpCasesIn(
  tx: TTransaction,
  orgId: string,
  now: Date,
): Promise<number> {
  if (!(await loadProgrammeSettings(tx)).closedLoopEnabled) return 0;
  const rows = (await newDetractorAnswers(tx, now)).map((answer) => caseRow(answer, now));
  if (rows.length === 0) return 0;
  const result = await tx.execute(sql`
    WITH initial AS (SELECT key, category FROM case_statuses WHERE is_initial),
    input AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text,
        status_change_id text, answer_id text, customer_id text, department_id text, subject text,
        description text, priority text, kind text, score smallint, opened_at timestamptz)),
    opened AS (
      INSERT INTO cases (org_id, id, customer_id, subject, description, category, priority,
        status_key, status_category, department_id, department_since, opening_department_id,
        source_kind, source_ref, opened_at, created_at, updated_at)
      SELECT ${orgId}, r.id, r.customer_id, r.subject, r.description, 'service', r.priority,
        s.key, s.category, r.department_id,
        CASE WHEN r.department_id IS NULL THEN NULL ELSE r.opened_at END, r.department_id,
        'survey', r.answer_id, r.opened_at, r.opened_at, r.opened_at
      FROM input r CROSS JOIN initial s
      ON CONFLICT (org_id, source_kind, source_ref) WHERE source_ref IS NOT NULL DO NOTHING
      RETURNING id, status_key, opened_at),
    history AS (
      INSERT INTO case_status_changes (org_id, id, case_id, to_status_key, at)
      SELECT ${orgId}, r.status_change_id, o.id, o.status_key, o.opened_at
      FROM opened o JOIN input r ON r.id = o.id)
    INSERT INTO case_follow_ups (org_id, case_id, answer_id, survey_kind, score)
    SELECT ${orgId}, o.id, r.answer_id, r.kind, r.score FROM opened o JOIN input r ON r.id = o.id`);
  return result.rowCount ?? 0;
}

export async function openFollowUpCases(
  database: TDatabase,
  input: { orgId: string; now?: Date },
): Promise<number> {
  return withTenant(database, input.orgId, (tx) =>
    openFollowUpCasesIn(tx, input.orgId, input.now ?? new Date()),
  );
}
