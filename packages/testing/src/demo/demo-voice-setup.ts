import { newId, schema, type TTransaction } from '@customeric/db';
import { DEFAULT_QUESTIONS } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TDemoDepartmentKey } from './demo-departments.ts';
import { DEMO_THEMES } from './demo-voice-comments.ts';
import type { TDemoSurveyKey } from './demo-voice-plan.ts';

/** Where a demo survey sits: its touchpoint, department, value chain and stage. */
export interface TDemoSurvey {
  id: string;
  kind: TDemoSurveyKey;
  touchpointType: string | null;
  departmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
}

async function widgetsStage(tx: TTransaction, name: string) {
  const result = await tx.execute<{ id: string; value_chain_id: string }>(sql`
    SELECT s.id, s.value_chain_id FROM value_chain_stages s
    JOIN value_chains v ON v.org_id = s.org_id AND v.id = s.value_chain_id
    WHERE v.name LIKE 'Widgets%' AND s.name = ${name} LIMIT 1`);
  return result.rows[0] ?? null;
}

/**
 * Acme's surveys: a rolling relationship NPS, CSAT the day after a delivery, CES after an
 * invoice, and a draft with a custom scale and other questions, still being written.
 */
export async function insertDemoSurveys(
  tx: TTransaction,
  orgId: string,
  departmentIds: Record<TDemoDepartmentKey, string>,
): Promise<Record<TDemoSurveyKey, TDemoSurvey>> {
  // Ids a millisecond apart, so the survey list (newest first) shows them in this order.
  const at = Date.now();
  const receive = await widgetsStage(tx, 'Receive');
  const pay = await widgetsStage(tx, 'Pay');
  const surveys: Record<TDemoSurveyKey, TDemoSurvey> = {
    nps: {
      id: newId('srv', at),
      kind: 'nps',
      touchpointType: null,
      departmentId: null,
      valueChainId: null,
      stageId: null,
    },
    csat: {
      id: newId('srv', at - 1),
      kind: 'csat',
      touchpointType: 'delivery.completed',
      departmentId: departmentIds.delivery,
      valueChainId: receive?.value_chain_id ?? null,
      stageId: receive?.id ?? null,
    },
    ces: {
      id: newId('srv', at - 2),
      kind: 'ces',
      touchpointType: 'invoice.issued',
      departmentId: departmentIds.billing,
      valueChainId: pay?.value_chain_id ?? null,
      stageId: pay?.id ?? null,
    },
  };
  const common = {
    orgId,
    status: 'active',
    commentPrompt: 'What is the main reason for your score?',
  };
  await tx.insert(schema.surveys).values([
    {
      ...common,
      ...surveys.nps,
      name: 'Relationship NPS',
      question: DEFAULT_QUESTIONS.nps,
      scaleMin: 0,
      scaleMax: 10,
    },
    {
      ...common,
      ...surveys.csat,
      name: 'Delivery satisfaction',
      question: 'How satisfied are you with your delivery from {organization}?',
      scaleMin: 1,
      scaleMax: 5,
      recontactDays: 0,
    },
    {
      ...common,
      ...surveys.ces,
      name: 'Invoice effort',
      question: '{organization} made it easy for me to check and pay my invoice.',
      commentPrompt: 'What made it easy or hard?',
      scaleMin: 1,
      scaleMax: 7,
      recontactDays: 0,
    },
    {
      orgId,
      id: newId('srv', at - 3),
      name: 'Widget ideas',
      kind: 'custom',
      status: 'draft',
      question: 'How well do our widgets fit your work?',
      commentPrompt: 'What would you change first?',
      scaleMin: 1,
      scaleMax: 5,
      lowLabel: 'Not at all',
      highLabel: 'Perfectly',
      departmentId: departmentIds.product,
      questions: [
        {
          id: 'use',
          kind: 'choice',
          prompt: 'What do you use them for most?',
          options: ['Assembly', 'Repair', 'Resale'],
          required: false,
        },
        {
          id: 'docs',
          kind: 'rating',
          prompt: 'How good is the documentation?',
          options: [],
          required: false,
        },
      ],
    },
  ]);
  return surveys;
}

export async function insertDemoThemes(tx: TTransaction, orgId: string): Promise<number> {
  await tx.insert(schema.themes).values(
    DEMO_THEMES.map((theme) => ({
      orgId,
      id: newId('thm'),
      name: theme.name,
      description: theme.description,
      rules: [
        { language: 'en', terms: theme.en },
        { language: 'de', terms: theme.de },
      ],
    })),
  );
  return DEMO_THEMES.length;
}
