import { openDatabase, withTenant } from '@customeric/db';
import { getScoreWhy } from '@customeric/services';
import type pg from 'pg';
import { startEventsBenchDatabase } from '../lib/events-database.ts';
import { bulkLoad } from './load.ts';
import { seedOrganization } from './seed.ts';

const db = await startEventsBenchDatabase();
try {
  const why = await seedOrganization(db.appUrl, 'p-why');
  await bulkLoad(db.ownerUrl, {
    table: null,
    why: { org: why, answers: Number(process.argv[2] ?? 1000000) },
  });
  const database = openDatabase(db.appUrl);
  const actor = {
    orgId: why.orgId,
    userId: null,
    apiKeyId: null,
    role: 'admin' as const,
    scopes: [],
  };
  let captured = false;
  // Log every statement's duration as the app runs it.
  const pool = database.pool as unknown as { on: (e: string, f: (c: pg.Client) => void) => void };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as { query: unknown }).query = async (...args: unknown[]) => {
      const t = performance.now();
      const r = await query(...args);
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
      const ms = performance.now() - t;
      if (ms > 20) console.log(Math.round(ms), 'ms', text.replace(/\s+/g, ' ').slice(0, 90));
      if (text.startsWith('\n    WITH a') && !captured && process.env.PLAN) {
        captured = true;
        const plan = (await query(`EXPLAIN (ANALYZE) ${text}`, args[1])) as {
          rows: Record<string, string>[];
        };
        console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
      }
      return r;
    };
  });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await getScoreWhy(
      { database, actor },
      { kind: 'nps', grain: 'quarter', period1: '2025-Q1', period2: '2025-Q2', windowDays: 90 },
    );
    console.log('why total', Math.round(performance.now() - t));
  }
  await database.close();
  void withTenant;
} finally {
  await db.stop();
}
