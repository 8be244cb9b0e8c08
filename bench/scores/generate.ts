import type pg from 'pg';
import type { TBenchOrganization } from './seed.ts';

/** Answers spread over 104 weeks from Monday 2024-01-01, whatever order they are loaded in. */
export const SPAN = { from: '2024-01-01', to: '2025-12-28', seconds: 104 * 7 * 86_400 } as const;

/**
 * Answers `from`…`to` (sequence numbers) with generate_series, in one INSERT per million: the
 * statement-level trigger adds each million to the score counts as the app's inserts do.
 * Stage decides value chain and department (as a survey does), segments and relationship
 * levels cycle, scores come from a multiplicative hash (0–10), 80 % NPS, 10 % CSAT, 10 % CES.
 */
export async function insertAnswers(
  client: pg.Client,
  org: TBenchOrganization,
  from: number,
  to: number,
) {
  const chunk = 1_000_000;
  for (let start = from; start <= to; start += chunk) {
    const end = Math.min(to, start + chunk - 1);
    await client.query(
      `INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id, department_id,
         value_chain_id, stage_id, segment, relationship_level, via, source, external_id)
       SELECT $1, 'srv_bench', k.kind,
         CASE k.kind WHEN 'nps' THEN (g * 2654435761 % 11) WHEN 'csat' THEN 1 + (g * 2654435761 % 5) ELSE 1 + (g * 2654435761 % 7) END,
         timestamptz '2024-01-01' + make_interval(secs => ((g * 7919) % ${SPAN.seconds})::float8),
         'cus_' || lpad(to_hex(g % 100000), 26, '0'),
         ($4::text[])[1 + (g % 12) % 8], ($5::text[])[1 + (g % 12) / 6], ($6::text[])[1 + g % 12],
         (ARRAY['Small business', 'Mid-market', 'Enterprise', 'Public sector'])[1 + (g / 7) % 4],
         (ARRAY['transactional', 'solution', 'partnership'])[1 + (g / 3) % 3],
         'api', 'bench', 'a-' || g
       FROM generate_series($2::bigint, $3::bigint) g
       CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 8 THEN 'nps' WHEN g % 10 = 8 THEN 'csat' ELSE 'ces' END AS kind) k`,
      [org.orgId, start, end, org.departmentIds, org.valueChainIds, org.stageIds],
    );
  }
}

/** Secondary indexes of survey_answers, dropped for the bulk load and built again after. */
export async function readIndexes(client: pg.Client) {
  const result = await client.query<{ name: string; definition: string; constraint: boolean }>(
    `SELECT i.indexname AS name, i.indexdef AS definition,
       EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) AS constraint
     FROM pg_indexes i WHERE i.tablename = 'survey_answers' AND i.indexname <> 'survey_answers_pkey'`,
  );
  return result.rows;
}
