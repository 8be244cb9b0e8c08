import pg from 'pg';
import { round } from '../lib/report.ts';
import type { TBenchOrganization } from './seed.ts';

const BATCH = `
  INSERT INTO survey_answers (org_id, survey_id, kind, score, answered_at, customer_id, department_id,
    stage_id, segment, relationship_level, via, source, external_id)
  SELECT $1, 'srv_cost', 'nps', (g * 2654435761 % 11), timestamptz '2025-06-02' + make_interval(secs => g::float8),
    'cus_cost', ($2::text[])[1 + g % 8], 'stg_cost', 'Small business', 'solution', 'api', 'cost', $3 || '-' || g
  FROM generate_series(1, $4::int) g`;

async function timeInserts(
  client: pg.Client,
  org: TBenchOrganization,
  label: string,
  batches: number,
  size: number,
) {
  const started = performance.now();
  for (let batch = 0; batch < batches; batch++) {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.org_id', $1, true)`, [org.orgId]);
    await client.query(BATCH, [org.orgId, org.departmentIds, `${label}-${batch}`, size]);
    await client.query('COMMIT');
  }
  return (performance.now() - started) / batches;
}

/**
 * What keeping the counts costs an insert: the same statements as the app's (one per batch, as
 * the app role) with the trigger on and off, for one answer at a time (a survey link) and for
 * batches of 1,000 (an import or the API).
 */
export async function measureTriggerCost(
  appUrl: string,
  ownerUrl: string,
  org: TBenchOrganization,
) {
  const client = new pg.Client({ connectionString: appUrl });
  const owner = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  await owner.connect();
  const figures: Record<string, { onMs: number; offMs: number; overhead: number }> = {};
  try {
    for (const [name, batches, size] of [
      ['single', 400, 1],
      ['batch1000', 40, 1000],
    ] as const) {
      await timeInserts(client, org, `warm-${name}`, 5, size);
      const on = await timeInserts(client, org, `on-${name}`, batches, size);
      await owner.query('ALTER TABLE survey_answers DISABLE TRIGGER score_counts_insert');
      const off = await timeInserts(client, org, `off-${name}`, batches, size);
      await owner.query('ALTER TABLE survey_answers ENABLE TRIGGER score_counts_insert');
      figures[name] = {
        onMs: round(on, 3),
        offMs: round(off, 3),
        overhead: round(on / off - 1, 3),
      };
    }
    return figures;
  } finally {
    await owner
      .query('ALTER TABLE survey_answers ENABLE TRIGGER score_counts_insert')
      .catch(() => undefined);
    await client.end();
    await owner.end();
  }
}
