import { createHash } from 'node:crypto';
import { newId, type TTransaction } from '@customeric/db';
import { createRandom, type TRandom } from '@customeric/domain';
import { applyThemeRulesIn } from '@customeric/services';
import { sql } from 'drizzle-orm';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import { planDemoVoice, type TPlannedInvitation, type TVoiceCustomer } from './demo-voice-plan.ts';
import { insertDemoSurveys, insertDemoThemes, type TDemoSurvey } from './demo-voice-setup.ts';

const DAY = 86_400_000;
const iso = (at: number) => new Date(at).toISOString();

type TEventRow = {
  id: string;
  customer_id: string;
  type: string;
  at: Date;
  late: string | null;
  invoice: string | null;
};

/** The customers who can be asked (not prospects, with a contact) and the events their answers follow. */
async function loadVoiceCustomers(tx: TTransaction, random: TRandom): Promise<TVoiceCustomer[]> {
  const customers = await tx.execute<{
    id: string;
    level: TVoiceCustomer['level'];
    started_on: string | null;
    churned_on: string | null;
    churn_reason: string | null;
    contact_id: string;
  }>(sql`
    SELECT c.id, c.relationship_level AS level, c.started_on::text, c.churned_on::text,
      c.churn_reason, k.id AS contact_id
    FROM customers c JOIN LATERAL (SELECT id FROM contacts WHERE org_id = c.org_id
      AND customer_id = c.id ORDER BY is_primary DESC, id LIMIT 1) k ON true
    WHERE c.status <> 'prospect' ORDER BY c.name`);
  const events = await tx.execute<TEventRow>(sql`
    SELECT id::text, customer_id, type, occurred_at AS at, attributes->>'late' AS late,
      attributes->>'invoice' AS invoice FROM events
    WHERE type IN ('delivery.completed', 'invoice.issued', 'invoice.corrected', 'case.opened')
    ORDER BY occurred_at, id`);
  const byCustomer = new Map<string, TEventRow[]>();
  for (const row of events.rows) {
    const list = byCustomer.get(row.customer_id);
    if (list) list.push(row);
    else byCustomer.set(row.customer_id, [row]);
  }
  return customers.rows.map((row) => {
    const own = byCustomer.get(row.id) ?? [];
    const time = (event: TEventRow) => new Date(event.at).getTime();
    const corrected = new Map(
      own.filter((e) => e.type === 'invoice.corrected').map((e) => [e.invoice, time(e)]),
    );
    return {
      id: row.id,
      level: row.level,
      startedAt: row.started_on ? Date.parse(row.started_on) : 0,
      churnedAt: row.churned_on ? Date.parse(row.churned_on) : null,
      poorService: row.churn_reason === 'poor service',
      contactId: row.contact_id,
      language: random.chance(0.08) ? 'de' : 'en',
      deliveries: own
        .filter((e) => e.type === 'delivery.completed')
        .map((e) => ({ eventId: e.id, at: time(e), late: e.late === 'true' })),
      invoices: own
        .filter((e) => e.type === 'invoice.issued')
        .map((e) => ({
          eventId: e.id,
          at: time(e),
          correctedAt: corrected.get(e.invoice) ?? null,
        })),
      corrections: [...corrected.values()],
      cases: own.filter((e) => e.type === 'case.opened').map(time),
    };
  });
}

function buildRows(
  plan: TPlannedInvitation[],
  surveys: Record<string, TDemoSurvey>,
  customers: Map<string, { segment: string | null; level: string }>,
) {
  const invitations: Record<string, unknown>[] = [];
  const answers: Record<string, unknown>[] = [];
  for (const planned of plan) {
    const id = newId('inv', planned.sentAt);
    const answer = planned.answer;
    invitations.push({
      id,
      survey_id: surveys[planned.survey]?.id,
      customer_id: planned.customerId,
      contact_id: planned.contactId,
      // The demo's links were never handed out: a hash no token of the link format gives.
      token_hash: createHash('sha256').update(`demo ${id}`).digest('hex'),
      event_id: planned.eventId,
      sent_at: iso(planned.sentAt),
      opened_at: answer ? iso(answer.at - 120_000) : null,
      answered_at: answer ? iso(answer.at) : null,
      expires_at: iso(planned.sentAt + 30 * DAY),
    });
    if (!answer) continue;
    const survey = surveys[planned.survey] as TDemoSurvey;
    const customer = customers.get(planned.customerId);
    answers.push({
      survey_id: survey.id,
      kind: survey.kind,
      score: answer.score,
      answered_at: iso(answer.at),
      customer_id: planned.customerId,
      contact_id: planned.contactId,
      invitation_id: id,
      event_id: planned.eventId,
      touchpoint_type: survey.touchpointType,
      department_id: survey.departmentId,
      value_chain_id: survey.valueChainId,
      stage_id: survey.stageId,
      segment: customer?.segment ?? null,
      relationship_level: customer?.level ?? 'transactional',
      comment: answer.comment,
      language: answer.language,
      external_id: id,
    });
  }
  // ISO times of one length sort as text in time order.
  answers.sort((a, b) => {
    const [x, y] = [String(a.answered_at), String(b.answered_at)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { invitations, answers };
}

async function insertInvitationRows(
  tx: TTransaction,
  orgId: string,
  rows: Record<string, unknown>[],
) {
  await tx.execute(sql`
    INSERT INTO survey_invitations (org_id, id, survey_id, customer_id, contact_id, token_hash,
      event_id, sent_at, opened_at, answered_at, expires_at)
    SELECT ${orgId}, r.id, r.survey_id, r.customer_id, r.contact_id, r.token_hash, r.event_id,
      r.sent_at, r.opened_at, r.answered_at, r.expires_at
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id text, survey_id text,
      customer_id text, contact_id text, token_hash text, event_id bigint, sent_at timestamptz,
      opened_at timestamptz, answered_at timestamptz, expires_at timestamptz)`);
}

async function insertAnswerRows(tx: TTransaction, orgId: string, rows: Record<string, unknown>[]) {
  await tx.execute(sql`
    INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id,
      contact_id, invitation_id, event_id, touchpoint_type, department_id, value_chain_id,
      stage_id, segment, relationship_level, comment, language, via, source, external_id,
      received_at)
    SELECT ${orgId}, r.survey_id, r.kind, r.score, r.answered_at, r.customer_id, r.contact_id,
      r.invitation_id, r.event_id, r.touchpoint_type, r.department_id, r.value_chain_id,
      r.stage_id, r.segment, r.relationship_level, r.comment, r.language, 'link', 'link',
      r.external_id, r.answered_at
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(survey_id text, kind text,
      score smallint, answered_at timestamptz, customer_id text, contact_id text,
      invitation_id text, event_id bigint, touchpoint_type text, department_id text,
      value_chain_id text, stage_id text, segment text, relationship_level text,
      comment text, language text, external_id text)`);
}

/**
 * Acme's surveys, themes and a year of invitations and answers, generated from each
 * customer's own events: a customer whose invoice was corrected in the weeks before answering
 * is far more likely to be a detractor and to write about billing, so when the Small
 * business segment's invoices go wrong (demo-story.ts) its scores fall, and recover after.
 */
export async function addDemoVoice(
  tx: TTransaction,
  input: {
    orgId: string;
    seed: number;
    departmentIds: Record<TDemoDepartmentKey, string>;
    today?: Date;
  },
): Promise<{ surveys: number; themes: number; invitations: number; answers: number }> {
  const now = input.today ?? new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const random = createRandom(input.seed + 7);
  const surveys = await insertDemoSurveys(tx, input.orgId, input.departmentIds);
  const themes = await insertDemoThemes(tx, input.orgId);
  const customers = await loadVoiceCustomers(tx, random);
  const plan = planDemoVoice(random, customers, today);
  const segments = await tx.execute<{ id: string; segment: string | null; level: string }>(
    sql`SELECT id, segment, relationship_level AS level FROM customers`,
  );
  const { invitations, answers } = buildRows(
    plan,
    surveys,
    new Map(segments.rows.map((row) => [row.id, row])),
  );
  for (let start = 0; start < invitations.length; start += 5_000)
    await insertInvitationRows(tx, input.orgId, invitations.slice(start, start + 5_000));
  for (let start = 0; start < answers.length; start += 5_000)
    await insertAnswerRows(tx, input.orgId, answers.slice(start, start + 5_000));
  await applyThemeRulesIn(tx, input.orgId);
  return { surveys: 4, themes, invitations: invitations.length, answers: answers.length };
}
