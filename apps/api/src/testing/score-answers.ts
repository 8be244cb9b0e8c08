import { type TDatabase, withTenant } from '@customeric/db';

/** Answers as the scores read them; anything left out gets a plain default. */
export interface TTestAnswer {
  kind?: 'nps' | 'csat' | 'ces';
  score: number;
  answeredAt: string;
  customerId?: string;
  departmentId?: string | null;
  stageId?: string | null;
  valueChainId?: string | null;
  segment?: string | null;
  relationshipLevel?: string;
  comment?: string | null;
}

let sequence = 0;

/** `count` copies of one answer (e.g. 50 promoters in a week). */
export function repeatAnswer(count: number, answer: TTestAnswer): TTestAnswer[] {
  return Array.from({ length: count }, () => answer);
}

/**
 * Inserts answers straight into survey_answers, as the voice module's insert does (one
 * statement per batch), so the score counts follow through their trigger.
 */
export async function insertScoreAnswers(
  database: TDatabase,
  orgId: string,
  answers: readonly TTestAnswer[],
): Promise<void> {
  const rows = answers.map((answer) => ({
    kind: answer.kind ?? 'nps',
    score: answer.score,
    answered_at: answer.answeredAt,
    customer_id: answer.customerId ?? 'cus_test',
    department_id: answer.departmentId ?? null,
    stage_id: answer.stageId ?? null,
    value_chain_id: answer.valueChainId ?? null,
    segment: answer.segment ?? null,
    relationship_level: answer.relationshipLevel ?? 'transactional',
    comment: answer.comment ?? null,
    external_id: `test-${Date.now()}-${++sequence}`,
  }));
  await withTenant(database, orgId, (tx) =>
    tx.$client.query(
      `INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id,
        department_id, stage_id, value_chain_id, segment, relationship_level, comment, via,
        source, external_id)
      SELECT $1, 'srv_test', r.kind, r.score, r.answered_at, r.customer_id, r.department_id,
        r.stage_id, r.value_chain_id, r.segment, r.relationship_level, r.comment, 'api', 'test',
        r.external_id
      FROM json_to_recordset($2::json) AS r(kind text, score smallint,
        answered_at timestamptz, customer_id text, department_id text, stage_id text,
        value_chain_id text, segment text, relationship_level text, comment text, external_id text)`,
      [orgId, JSON.stringify(rows)],
    ),
  );
}
