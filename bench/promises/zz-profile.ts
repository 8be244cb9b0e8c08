import { openDatabase, withTenant } from '@customeric/db';
import { evaluatePendingEvents, reevaluatePromise } from '@customeric/services';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { startEventsBenchDatabase } from '../lib/events-database.ts';
import { buildBodies } from './ingest-pair.ts';
import { seedBenchOrg } from './seed.ts';
import * as events from '../../packages/services/src/events/ingest-events.ts';

const stats = new Map<string, { n: number; ms: number }>();
const original = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
  const label = text.replace(/\s+/g, ' ').trim().slice(0, 60);
  const t = performance.now();
  const result = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function')
    (result as Promise<unknown>).then(() => {
      const s = stats.get(label) ?? { n: 0, ms: 0 };
      s.n++; s.ms += performance.now() - t; stats.set(label, s);
    }, () => undefined);
  return result;
};

const N = Number(process.argv[2] ?? 20000);
const db = await startEventsBenchDatabase();
const app = openDatabase(db.appUrl, { max: 3 });
try {
  const org = await seedBenchOrg(app, 'prof', { customers: 1000, promises: true });
  const ev = await withTenant(app, org.orgId, (tx) => tx.execute<{ id: string }>(sql`SELECT id FROM promise_evaluations`));
  for (const { id } of ev.rows) await reevaluatePromise(app, { orgId: org.orgId, evaluationId: id });
  const bodies = buildBodies(org, N, 5000);
  let t = performance.now();
  for (const body of bodies) await withTenant(app, org.orgId, (tx) => events.ingestEventsInTransaction(tx, org.orgId, JSON.parse(body.body).events));
  console.log('ingest', Math.round(performance.now() - t), 'ms');
  stats.clear();
  t = performance.now();
  const r = await evaluatePendingEvents(app, { orgId: org.orgId });
  const total = performance.now() - t;
  console.log('evaluate', r, Math.round(total), 'ms');
  let sqlMs = 0;
  for (const [label, s] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14)) { console.log(Math.round(s.ms), s.n, label); }
  for (const s of stats.values()) sqlMs += s.ms;
  console.log('sql total', Math.round(sqlMs), 'js', Math.round(total - sqlMs));
} finally { await app.close(); await db.stop(); }
