import pg from 'pg';
import { startEventsBenchDatabase } from '../lib/events-database.ts';
import { bulkLoad } from './load.ts';
import { seedOrganization } from './seed.ts';

const db = await startEventsBenchDatabase();
try {
  const org = await seedOrganization(db.appUrl, 'p-table');
  const why = await seedOrganization(db.appUrl, 'p-why');
  await bulkLoad(db.ownerUrl, { table: { org, from: 1, to: 300000 }, why: { org: why, answers: 100000 } });
  const c = new pg.Client({ connectionString: db.appUrl });
  await c.connect();
  const explain = async (orgId: string, text: string, values: unknown[] = []) => {
    await c.query('BEGIN');
    await c.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
    const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    await c.query('COMMIT');
    console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), '\n-----');
  };
  await explain(org.orgId, `SELECT period_start::text AS start, department_id, sum(n)::float8 AS n, sum(promoters)::float8, sum(passives)::float8, sum(detractors)::float8, sum(top2)::float8, sum(score_sum)::float8, sum(score_sumsq)::float8 FROM score_counts WHERE org_id = $1 AND kind='nps' AND grain='week' AND period_start >= '2023-12-25'::date AND period_start < '2025-12-29'::date GROUP BY 1,2`, [org.orgId]);
  const ids = ['prm_bench1','prm_bench2','prm_bench3','prm_bench4','prm_bench5'];
  const bits = ['1','2','4','8','16'];
  await explain(why.orgId, `
    WITH a AS MATERIALIZED (
      SELECT id, customer_id, answered_at, score, coalesce(segment, '') AS segment,
        CASE WHEN answered_at >= '2025-04-01T00:00:00Z'::timestamptz THEN 2 ELSE 1 END AS period
      FROM survey_answers WHERE org_id = $1 AND kind = 'nps'
        AND ((answered_at >= '2025-01-01T00:00:00Z'::timestamptz AND answered_at < '2025-04-01T00:00:00Z'::timestamptz)
          OR (answered_at >= '2025-04-01T00:00:00Z'::timestamptz AND answered_at < '2025-07-01T00:00:00Z'::timestamptz))
    ),
    broken AS (
      SELECT a.id, bit_or(m.bit) AS bits
      FROM a JOIN promise_breaches b ON b.org_id = $1 AND b.customer_id = a.customer_id AND b.withdrawn_at IS NULL
        AND b.broken_at < a.answered_at AND b.broken_at >= a.answered_at - make_interval(days => 90)
      JOIN unnest($2::text[], $3::bigint[]) AS m (promise_id, bit) ON m.promise_id = b.promise_id
      GROUP BY a.id
    ),
    themed AS (
      SELECT a.id, bit_or(32::bigint << (substr(t.theme_id, 10)::int)) AS bits
      FROM a JOIN answer_themes t ON t.org_id = $1 AND t.answer_id = a.id AND t.applies GROUP BY a.id
    ),
    handled AS (
      SELECT a.id, bit_or(CASE WHEN c.resolved_at IS NULL OR c.resolved_at > a.answered_at THEN 4096::bigint ELSE 8192 END
          | CASE WHEN h.handoffs >= 3 THEN 16384 ELSE 0 END | CASE WHEN h.bounces > 0 THEN 32768 ELSE 0 END) AS bits
      FROM a JOIN cases c ON c.org_id = $1 AND c.customer_id = a.customer_id AND c.opened_at < a.answered_at
        AND c.opened_at >= a.answered_at - make_interval(days => 90)
      CROSS JOIN LATERAL (SELECT count(*) AS handoffs, count(*) FILTER (WHERE x.is_bounce) AS bounces
        FROM case_handoffs x WHERE x.org_id = $1 AND x.case_id = c.id AND x.at < a.answered_at) h
      GROUP BY a.id
    )
    SELECT a.period, a.segment, a.score::int AS score,
      (coalesce(broken.bits, 0) | coalesce(themed.bits, 0) | coalesce(handled.bits, 0))::text AS bits, count(*)::int AS count
    FROM a LEFT JOIN broken ON broken.id = a.id LEFT JOIN themed ON themed.id = a.id LEFT JOIN handled ON handled.id = a.id
    GROUP BY 1, 2, 3, 4`, [why.orgId, ids, bits]);
  await c.end();
} finally {
  await db.stop();
}
