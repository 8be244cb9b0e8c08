// Webhook delivery to a local receiver: the same number of messages published to one
// endpoint and delivered (1) by the job worker the API process runs (its polling and
// bookkeeping included), (2) by deliverWebhook called with 8 in flight, against (3) the
// ceiling: the same signed POSTs sent straight with undici, 8 in flight, no database. Prints
// a summary, then one JSON line (bench/results/webhooks.json).
import { openDatabase, type TDatabase, withTenant } from '@customeric/db';
import {
  createDeliverWebhookJob,
  createWebhookEndpoint,
  deliverWebhook,
  publishWebhookMessage,
  readWebhookSettings,
  startJobRunner,
  type TWebhookSettings,
} from '@customeric/services';
import { insertOrganization } from '@customeric/testing';
import { request } from 'undici';
import { startEventsBenchDatabase } from '../lib/events-database.ts';
import { reportResult, round } from '../lib/report.ts';
import { startCountingReceiver } from './receiver.ts';

const flag = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MESSAGES = flag('messages', 2000);
// The worker runs the queue's concurrency (8) side by side and fetches again straight after a
// job; `--worker-messages 20` is the size the one-job-per-poll worker was measured on.
const WORKER_MESSAGES = flag('worker-messages', MESSAGES);
const IN_FLIGHT = 8;
const settings: TWebhookSettings = {
  ...readWebhookSettings({ CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE: 'true' }),
  retrySchedule: [],
};
const DATA = {
  breachId: 'brc_bench',
  promiseId: 'prm_bench',
  promiseName: 'First answer within 4 business hours',
  customerWording: 'You will get a first answer within 4 business hours.',
  customerId: 'cus_bench',
  customerName: 'Bench Ltd',
  accountableDepartmentId: null,
  accountableDepartmentName: null,
  dueAt: null,
  detectedAt: new Date().toISOString(),
  reason: 'No first answer in time',
  evidenceEventIds: ['evt_1'],
};

async function publish(database: TDatabase, orgId: string, count: number) {
  const ids: string[] = [];
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    const published = await withTenant(database, orgId, (tx) =>
      publishWebhookMessage(tx, orgId, { type: 'promise.breached', data: DATA }),
    );
    ids.push(...published.deliveryIds);
  }
  return { ids, perSecond: count / ((performance.now() - started) / 1000) };
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  return items.length / ((performance.now() - started) / 1000);
}

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('deliveries did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main() {
  const bench = await startEventsBenchDatabase();
  const database = openDatabase(bench.appUrl, { max: 12 });
  const receiver = await startCountingReceiver();
  try {
    const org = await insertOrganization(database);
    const orgId = org.organization.id;
    await createWebhookEndpoint(
      { database, actor: org.actor },
      { url: receiver.url, description: 'bench', eventTypes: [] },
      settings,
    );

    const body = JSON.stringify({
      type: 'promise.breached',
      timestamp: new Date().toISOString(),
      data: DATA,
    });
    const ceiling = await inParallel(Array.from({ length: MESSAGES }), async () => {
      const response = await request(receiver.url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
      });
      await response.body.dump();
    });

    const direct = await publish(database, orgId, MESSAGES);
    const parallel = await inParallel(direct.ids, (deliveryId) =>
      deliverWebhook(database, { orgId, deliveryId, attempt: 1 }, settings),
    );

    // The jobs of the deliveries made above are still queued: drop them, so the worker
    // spends its time on the new ones only.
    await database.pool.query(
      `DELETE FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = ANY($1)`,
      [direct.ids],
    );
    const queued = await publish(database, orgId, WORKER_MESSAGES);
    const before = receiver.received();
    const started = performance.now();
    const runner = await startJobRunner(database, [createDeliverWebhookJob(() => settings)], {
      log: () => undefined,
      pollingIntervalSeconds: 0.5,
    });
    await waitFor(() => receiver.received() - before >= queued.ids.length, 600_000);
    const worker = queued.ids.length / ((performance.now() - started) / 1000);
    await runner.stop();

    console.log(
      `publish (one transaction per message): ${Math.round(direct.perSecond)} messages/s`,
    );
    console.log(
      `ceiling: signed POSTs straight to the receiver, ${IN_FLIGHT} in flight: ${Math.round(ceiling)}/s`,
    );
    console.log(`deliverWebhook, ${IN_FLIGHT} in flight: ${Math.round(parallel)} deliveries/s`);
    console.log(`job worker of the API process: ${Math.round(worker)} deliveries/s`);
    await reportResult('webhooks', {
      messages: MESSAGES,
      workerMessages: WORKER_MESSAGES,
      publishPerSecond: Math.round(direct.perSecond),
      ceilingPostsPerSecond: Math.round(ceiling),
      deliveriesPerSecondInParallel: Math.round(parallel),
      deliveriesPerSecondJobWorker: round(worker, 1),
      ratioParallelToCeiling: round(parallel / ceiling),
      ratioWorkerToCeiling: round(worker / ceiling, 4),
      ratioWorkerToParallel: round(worker / parallel),
    });
  } finally {
    await receiver.close();
    await database.close();
    await bench.stop();
  }
}

await main();
