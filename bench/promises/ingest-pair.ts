import { type TDatabase, withTenant } from '@customeric/db';
import { sendBodies } from '../ingest/send.ts';
import { generateEvent } from './generate.ts';
import type { TBenchOrg } from './seed.ts';

/** The request bodies of `count` events of the org, made before the clock starts. */
function buildBodies(org: TBenchOrg, count: number, batch: number) {
  const bodies: { body: string; size: number }[] = [];
  for (let from = 0; from < count; from += batch) {
    const events = [];
    for (let index = from; index < Math.min(count, from + batch); index++)
      events.push(generateEvent(org.customerIds, index));
    bodies.push({ body: JSON.stringify({ events }), size: events.length });
  }
  return bodies;
}

async function pendingOf(database: TDatabase, orgId: string) {
  const result = await withTenant(database, orgId, (tx) =>
    tx.$client.query<{ batches: number; live: number }>(
      `SELECT (SELECT count(*)::int FROM promise_pending_batches) AS batches,
        (SELECT count(*)::int FROM promise_evaluations WHERE status IN ('queued', 'running')) AS live`,
    ),
  );
  return result.rows[0] ?? { batches: 0, live: 0 };
}

/** Waits until the worker has evaluated every ingested batch (and finished any replay). */
export async function waitForEvaluation(database: TDatabase, orgId: string): Promise<void> {
  for (;;) {
    const pending = await pendingOf(database, orgId);
    if (pending.batches === 0 && pending.live === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sends the events through POST /api/events:batch and measures two times: until the last
 * batch is answered (ingest), and until the promises have evaluated all of it (end to end).
 */
export async function ingestAndEvaluate(
  url: string,
  database: TDatabase,
  org: TBenchOrg,
  options: { events: number; batch: number; concurrency: number },
) {
  const bodies = buildBodies(org, options.events, options.batch);
  const started = performance.now();
  const sent = await sendBodies(url, org.apiKey, bodies, { concurrency: options.concurrency });
  await waitForEvaluation(database, org.orgId);
  const total = (performance.now() - started) / 1000;
  return { ingestSeconds: sent.seconds, totalSeconds: total, accepted: sent.accepted };
}

export async function countOutcomes(database: TDatabase, orgId: string) {
  const result = await withTenant(database, orgId, (tx) =>
    tx.$client.query<{ outcomes: number; breaches: number; subjects: number }>(
      `SELECT (SELECT count(*)::int FROM promise_outcomes) AS outcomes,
        (SELECT count(*)::int FROM promise_breaches) AS breaches,
        (SELECT count(*)::int FROM promise_subject_events) AS subjects`,
    ),
  );
  return result.rows[0] ?? { outcomes: 0, breaches: 0, subjects: 0 };
}
