import type pg from 'pg';
import type { TBenchOrganization } from './seed.ts';

/**
 * The "why" data set: `answers` NPS answers in 2025-Q1 and 2025-Q2 from 500,000 customers
 * (two answers each in the half-year at 1 M), five promises with one breach per ten answers
 * (about one customer in five has one), six themes on a third of the answers, and 10,000
 * cases with 25,000 handoffs. Loaded as the owner with generate_series.
 */
export async function buildWhyWorld(client: pg.Client, org: TBenchOrganization, answers: number) {
  const q = (text: string, values: unknown[] = []) => client.query(text, [org.orgId, ...values]);
  await q(
    `INSERT INTO promises (org_id, id, customer_wording, internal_name, owner_kind, owner_department_id, target_rate, rule)
    SELECT $1, 'prm_bench' || p, 'Promise ' || p, 'promise-' || p, 'department', $2, 0.95, '{"kind":"match"}'
    FROM generate_series(1, 5) p`,
    [org.departmentIds[0]],
  );
  await q(
    `INSERT INTO themes (org_id, id, name) SELECT $1, 'thm_bench' || t, 'Theme ' || t FROM generate_series(1, 6) t`,
  );
  await q(`INSERT INTO customers (org_id, id, name, segment)
    SELECT $1, 'cus_w' || lpad(c::text, 25, '0'), 'Customer ' || c,
      (ARRAY['Small business', 'Mid-market', 'Enterprise', 'Public sector'])[1 + c % 4]
    FROM generate_series(0, 499999) c`);
  await q(
    `INSERT INTO promise_breaches (org_id, id, promise_id, outcome_key, customer_id, broken_at, reason, evidence_event_ids, segment)
    SELECT $1, 'brc_bench' || b, 'prm_bench' || (1 + b % 5), 'k' || b, 'cus_w' || lpad((b * 7 % 500000)::text, 25, '0'),
      timestamptz '2024-11-01' + make_interval(secs => (b * 7919 % (240 * 86400))::float8), 'bench', '{}',
      (ARRAY['Small business', 'Mid-market', 'Enterprise', 'Public sector'])[1 + (b * 7 % 500000) % 4]
    FROM generate_series(1::bigint, $2::bigint) b`,
    [Math.round(answers / 10)],
  );
  await q(`INSERT INTO cases (org_id, id, customer_id, subject, category, status_key, status_category, opened_at, resolved_at, root_cause)
    SELECT $1, 'cas_bench' || c, 'cus_w' || lpad((c * 13 % 500000)::text, 25, '0'), 'Bench case', 'billing',
      CASE WHEN c % 3 = 0 THEN 'new' ELSE 'resolved' END, CASE WHEN c % 3 = 0 THEN 'open' ELSE 'resolved' END,
      timestamptz '2024-12-01' + make_interval(secs => (c * 7919 % (200 * 86400))::float8),
      CASE WHEN c % 3 = 0 THEN NULL ELSE timestamptz '2024-12-01' + make_interval(secs => (c * 7919 % (200 * 86400) + 5 * 86400)::float8) END,
      CASE WHEN c % 3 = 0 THEN NULL ELSE 'bench' END
    FROM generate_series(1::bigint, 10000) c`);
  await q(
    `INSERT INTO case_handoffs (org_id, id, case_id, to_department_id, reason, is_bounce, at)
    SELECT $1, 'hof_bench' || h, 'cas_bench' || (1 + h % 10000), ($2::text[])[1 + h % 8], 'bench', h % 7 = 0,
      timestamptz '2024-12-02' + make_interval(secs => (h * 7919 % (200 * 86400))::float8)
    FROM generate_series(1::bigint, 25000) h`,
    [org.departmentIds],
  );
  // Spread over both quarters; scores from a hash: this measures the time, not a story.
  await q(
    `INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id, department_id,
      value_chain_id, stage_id, segment, relationship_level, via, source, external_id)
    SELECT $1, 'srv_why', 'nps', (g * 2654435761 % 11),
      timestamptz '2025-01-01' + make_interval(secs => ((g * 7919) % (181 * 86400))::float8),
      'cus_w' || lpad((g % 500000)::text, 25, '0'), ($3::text[])[1 + (g % 12) % 8], ($4::text[])[1 + (g % 12) / 6],
      ($5::text[])[1 + g % 12], (ARRAY['Small business', 'Mid-market', 'Enterprise', 'Public sector'])[1 + (g % 500000) % 4],
      'transactional', 'api', 'why', 'w-' || g
    FROM generate_series(1::bigint, $2::bigint) g`,
    [answers, org.departmentIds, org.valueChainIds, org.stageIds],
  );
  await q(`INSERT INTO answer_themes (org_id, answer_id, theme_id, origin)
    SELECT org_id, id, 'thm_bench' || (1 + (id / 3) % 6), 'rule' FROM survey_answers
    WHERE org_id = $1 AND source = 'why' AND id % 3 = 0`);
}
