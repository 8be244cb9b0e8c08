import pg from 'pg';
import { round } from '../lib/report.ts';

/**
 * The bare SQL aggregate the API competes with: NPS counts by department and week straight
 * from the raw answers, as the app role inside a tenant transaction (row-level security on).
 */
export async function timeBareAggregate(
  appUrl: string,
  orgId: string,
  runs = 3,
): Promise<{ medianMs: number; rows: number }> {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  try {
    const times: number[] = [];
    let rows = 0;
    for (let run = 0; run < runs + 1; run++) {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.org_id', $1, true)`, [orgId]);
      const started = performance.now();
      const result = await client.query(
        `SELECT department_id, date_trunc('week', answered_at AT TIME ZONE 'UTC') AS week, count(*) AS n,
           count(*) FILTER (WHERE score >= 9) AS promoters, count(*) FILTER (WHERE score <= 6) AS detractors
         FROM survey_answers WHERE org_id = $1 AND kind = 'nps' GROUP BY 1, 2`,
        [orgId],
      );
      const ms = performance.now() - started;
      await client.query('COMMIT');
      rows = result.rowCount ?? 0;
      if (run > 0) times.push(ms); // the first run warms the cache
    }
    times.sort((a, b) => a - b);
    return { medianMs: round(times[Math.floor(times.length / 2)] ?? Number.NaN), rows };
  } finally {
    await client.end();
  }
}
