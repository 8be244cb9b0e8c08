import { openDatabase } from '@customeric/db';
import { getScoreTable, getScoreWhy } from '@customeric/services';
import pg from 'pg';
import { startEventsBenchDatabase } from '../lib/events-database.ts';
import { bulkLoad } from './load.ts';
import { seedOrganization } from './seed.ts';

const db = await startEventsBenchDatabase();
try {
  const org = await seedOrganization(db.appUrl, 'p-table');
  const why = await seedOrganization(db.appUrl, 'p-why');
  await bulkLoad(db.ownerUrl, { table: { org, from: 1, to: 300000 }, why: { org: why, answers: 100000 } });
  const database = openDatabase(db.appUrl);
  const actor = (orgId: string) => ({ orgId, userId: null, apiKeyId: null, role: 'admin' as const, scopes: [] });
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await getScoreTable({ database, actor: actor(org.orgId) }, { kind: 'nps', grain: 'week', by: 'department', from: '2024-01-01', to: '2025-12-28' });
    console.log('table', performance.now() - t);
  }
  const owner = new pg.Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await owner.query(`SELECT set_config('app.org_id', $1, false)`, [org.orgId]);
  console.log((await owner.query(`SELECT count(*) FROM score_counts`)).rows);
  const plan = await owner.query(`EXPLAIN ANALYZE SELECT to_char(date_trunc('week', period_start::timestamp), 'YYYY-MM-DD') AS start, department_id, sum(n)::float8 FROM score_counts WHERE kind='nps' AND grain='week' AND period_start >= '2023-12-25'::date AND period_start < '2025-12-29'::date GROUP BY 1,2`);
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  const { withTenant } = await import('@customeric/db');
  const { readAnswerPatterns } = await import('../../packages/services/src/scores/why-patterns.ts');
  const { loadDriverCatalog } = await import('../../packages/services/src/scores/why-catalog.ts');
  const { parsePeriod } = await import('@customeric/domain');
  const periods = [parsePeriod('2025-Q1')!, parsePeriod('2025-Q2')!] as [any, any];
  await withTenant(database, why.orgId, async (tx) => {
    let t = performance.now();
    const drivers = await loadDriverCatalog(tx, { kind: 'nps', periods, windowDays: 90 });
    console.log('catalog', performance.now() - t, drivers.length);
    t = performance.now();
    const patterns = await readAnswerPatterns(tx, { orgId: why.orgId, kind: 'nps', periods, windowDays: 90, filters: { kind: 'nps' }, drivers });
    console.log('patterns', performance.now() - t, patterns.length);
  });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await getScoreWhy({ database, actor: actor(why.orgId) }, { kind: 'nps', grain: 'quarter', period1: '2025-Q1', period2: '2025-Q2', windowDays: 90 });
    console.log('why', performance.now() - t);
  }
  await owner.end();
  await database.close();
} finally {
  await db.stop();
}
