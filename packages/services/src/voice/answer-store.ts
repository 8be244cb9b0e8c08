import type { TTransaction } from '@customeric/db';
import type { TAnswerProblem, TCompiledTheme, TParsedAnswer } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { resolveAnswerCustomers, type TResolvedAnswer } from './answer-customers.ts';
import { tagAnswersByRule } from './answer-theming.ts';
import type { TSurveyRow } from './survey-query.ts';

export interface TAnswerCandidate {
  /** Where the answer was in the request or file, to report on it. */
  index: number;
  answer: TParsedAnswer;
  invitationId?: string;
}

export interface TStoreOutcome {
  index: number;
  status: 'accepted' | 'duplicate' | 'rejected';
  id?: string;
  problems?: TAnswerProblem[];
}

export interface TStoreOptions {
  via: 'link' | 'api' | 'import';
  customerSource: string | null;
  themes: readonly TCompiledTheme[];
}

const keyOf = (answer: TParsedAnswer) => `${answer.source}\u0000${answer.externalId}`;

function toRow(survey: TSurveyRow, candidate: TAnswerCandidate, who: TResolvedAnswer, via: string) {
  const { answer } = candidate;
  return {
    survey_id: survey.id,
    kind: survey.kind,
    score: answer.score,
    answered_at: answer.answeredAt.toISOString(),
    customer_id: who.customerId,
    contact_id: who.contactId,
    invitation_id: candidate.invitationId ?? null,
    event_id: who.event?.id ?? null,
    // The survey says where it asks; an answer about an event of a survey that does not say
    // takes the event's place in the organisation.
    touchpoint_type: survey.touchpointType ?? who.event?.type ?? null,
    department_id: survey.departmentId ?? who.event?.departmentId ?? null,
    value_chain_id: survey.valueChainId ?? who.event?.valueChainId ?? null,
    stage_id: survey.stageId ?? (survey.valueChainId ? null : (who.event?.stageId ?? null)),
    segment: who.segment,
    relationship_level: who.relationshipLevel,
    comment: answer.comment,
    language: answer.language ?? survey.language,
    extra: answer.extra,
    via,
    source: answer.source,
    external_id: answer.externalId,
  };
}

async function insertRows(tx: TTransaction, orgId: string, rows: ReturnType<typeof toRow>[]) {
  if (rows.length === 0) return new Map<string, string>();
  const result = await tx.execute<{ id: string; source: string; external_id: string }>(sql`
    INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id,
      contact_id, invitation_id, event_id, touchpoint_type, department_id, value_chain_id,
      stage_id, segment, relationship_level, comment, language, extra, via, source, external_id)
    SELECT ${orgId}, r.survey_id, r.kind, r.score, r.answered_at, r.customer_id, r.contact_id,
      r.invitation_id, r.event_id, r.touchpoint_type, r.department_id, r.value_chain_id,
      r.stage_id, r.segment, r.relationship_level, r.comment, r.language, r.extra, r.via,
      r.source, r.external_id
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(survey_id text, kind text,
      score smallint, answered_at timestamptz, customer_id text, contact_id text,
      invitation_id text, event_id bigint, touchpoint_type text, department_id text,
      value_chain_id text, stage_id text, segment text, relationship_level text, comment text,
      language text, extra jsonb, via text, source text, external_id text)
    ON CONFLICT (org_id, source, external_id) DO NOTHING
    RETURNING id::text, source, external_id`);
  return new Map(result.rows.map((row) => [`${row.source}\u0000${row.external_id}`, row.id]));
}

/**
 * Stores answers already parsed against the survey's scale, inside the caller's transaction:
 * each is accepted, a duplicate (same source and external id as one stored or earlier in the
 * batch) or rejected with its problems (an unknown customer, contact or event). Accepted
 * answers with a comment get their themes by rule at once.
 */
export async function storeAnswers(
  tx: TTransaction,
  orgId: string,
  survey: TSurveyRow,
  candidates: readonly TAnswerCandidate[],
  options: TStoreOptions,
): Promise<TStoreOutcome[]> {
  const resolved = await resolveAnswerCustomers(
    tx,
    candidates.map((candidate) => candidate.answer),
    options.customerSource,
  );
  const outcomes: TStoreOutcome[] = [];
  const rows: ReturnType<typeof toRow>[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, position) => {
    const resolution = resolved[position] as (typeof resolved)[number];
    const key = keyOf(candidate.answer);
    if (!resolution.ok)
      outcomes.push({ index: candidate.index, status: 'rejected', problems: resolution.problems });
    else if (seen.has(key)) outcomes.push({ index: candidate.index, status: 'duplicate' });
    else {
      seen.add(key);
      rows.push(toRow(survey, candidate, resolution.value, options.via));
      outcomes.push({ index: candidate.index, status: 'accepted' });
    }
  });
  const ids = await insertRows(tx, orgId, rows);
  const byIndex = new Map(candidates.map((candidate) => [candidate.index, candidate]));
  for (const outcome of outcomes) {
    if (outcome.status !== 'accepted') continue;
    const candidate = byIndex.get(outcome.index) as TAnswerCandidate;
    const id = ids.get(keyOf(candidate.answer));
    if (id) outcome.id = `ans_${id}`;
    else outcome.status = 'duplicate';
  }
  const stored = rows.flatMap((row) => {
    const id = ids.get(`${row.source}\u0000${row.external_id}`);
    return id && row.comment ? [{ id, comment: row.comment, language: row.language }] : [];
  });
  await tagAnswersByRule(tx, orgId, options.themes, stored);
  return outcomes.sort((a, b) => a.index - b.index);
}
