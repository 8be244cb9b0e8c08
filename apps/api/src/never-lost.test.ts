import { createRandom } from '@customeric/domain';
import { createApiKey, createCustomer } from '@customeric/services';
import { createTestDatabase, insertOrganization, type TTestDatabase } from '@customeric/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startKillBalancer, type TKillBalancer } from './testing/kill-balancer.ts';

const BATCHES = 40;
const BATCH_SIZE = 250;
const KILLS = 12;

let test: TTestDatabase | undefined;
let balancer: TKillBalancer | undefined;

afterAll(async () => {
  await balancer?.close();
  await test?.drop();
});

function batchOf(number: number, customerId: string) {
  return Array.from({ length: BATCH_SIZE }, (_, index) => ({
    source: 'never-lost',
    externalId: `n-${number}-${index}`,
    customer: customerId,
    type: 'order.placed',
    occurredAt: new Date(Date.UTC(2026, 0, 1) + (number * BATCH_SIZE + index) * 1000).toISOString(),
    amount: index,
  }));
}

/** Sends one batch until the server acknowledges it; a dead or restarting server means: again. */
async function sendUntilAcknowledged(
  url: string,
  headers: Record<string, string>,
  events: unknown[],
) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${url}/api/events:batch`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 200) {
        const result = (await response.json()) as {
          accepted: number;
          duplicate: number;
          rejected: number;
        };
        return { ...result, attempts: attempt };
      }
    } catch {
      // the connection died with the server: the batch is not acknowledged, so send it again
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function storedCounts(ownerUrl: string, orgId: string) {
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  await owner.query('BEGIN');
  await owner.query("SELECT set_config('app.org_id', $1, true)", [orgId]);
  const { rows } = await owner.query(
    `SELECT count(*)::int AS stored, count(DISTINCT external_id)::int AS distinct_ids
     FROM events WHERE source = 'never-lost'`,
  );
  await owner.end();
  return rows[0] as { stored: number; distinct_ids: number };
}

describe('never lost: the API killed (SIGKILL) at random moments during an ingest', () => {
  it('stores every acknowledged event exactly once, and every event sent', async () => {
    test = await createTestDatabase();
    const org = await insertOrganization(test.database);
    const context = { database: test.database, actor: org.actor };
    const { secret } = await createApiKey(context, { name: 'loader', scopes: ['events.write'] });
    const customer = await createCustomer(context, {
      name: 'Steady Customer',
      segment: null,
      relationshipLevel: 'solution',
      ownerUserId: null,
      status: 'active',
      startedOn: null,
      churnedOn: null,
      churnReason: null,
      externalKeys: [],
    });
    // Two API processes behind a balancer: one is killed while the other takes the retries.
    balancer = await startKillBalancer(test.appUrl, 2);
    const { url } = balancer;
    const random = createRandom(4);
    let kills = 0;
    let sending = true;
    // The killer: SIGKILL of a random process at a random moment, while batches are in flight.
    const killer = (async () => {
      while (sending && kills < KILLS) {
        await new Promise((resolve) => setTimeout(resolve, random.int(100, 600)));
        if (await (balancer as TKillBalancer).killOne((count) => random.int(0, count - 1))) kills++;
      }
    })();
    const acknowledged: { accepted: number; duplicate: number; attempts: number }[] = [];
    const headers = { authorization: `Bearer ${secret}` };
    // Two senders, so a kill usually catches a request on the wire or in the database.
    let next = 0;
    const sender = async () => {
      while (next < BATCHES) {
        const number = next++;
        acknowledged.push(await sendUntilAcknowledged(url, headers, batchOf(number, customer.id)));
        // Keep going until the killer has had its turns, so every kill lands during the ingest.
        if (next === BATCHES && kills < KILLS) next = BATCHES - 1;
      }
    };
    await Promise.all([sender(), sender()]);
    sending = false;
    await killer;
    const counts = await storedCounts(test.ownerUrl, org.organization.id);
    const sentIds = BATCHES * BATCH_SIZE;
    console.log(
      `never lost: ${kills} kills, ${acknowledged.length} acknowledged batches, ` +
        `${acknowledged.filter((batch) => batch.attempts > 1).length} needed a retry, ${counts.stored} events stored`,
    );
    expect(kills).toBeGreaterThanOrEqual(10);
    expect(counts).toEqual({ stored: sentIds, distinct_ids: sentIds });
    // Every acknowledged batch is accounted for: new events, or ones a killed attempt had committed.
    for (const batch of acknowledged) expect(batch.accepted + batch.duplicate).toBe(BATCH_SIZE);
  }, 120_000);
});
