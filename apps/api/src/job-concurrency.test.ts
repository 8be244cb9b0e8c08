import { installJobQueues } from '@customeric/db';
import { defineJob, startJobRunner, type TJobRunner } from '@customeric/services';
import { createTestDatabase, type TTestDatabase } from '@customeric/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const PARALLEL = 'test.parallel';
const SERIAL = 'test.serial';
const WAKE = 'test.wake';
const SLOW_MS = 1000;

interface TRun {
  label: string;
  startedAt: number;
  endedAt: number;
}
const runs: TRun[] = [];
let test: TTestDatabase;
let runner: TJobRunner;

/** A job that waits `ms` (like a call to another system), then fails when its label says so. */
function slowJob(name: string, concurrency?: number) {
  return defineJob({
    name,
    ...(concurrency ? { concurrency } : {}),
    schema: z.object({ label: z.string(), ms: z.number() }),
    handler: async ({ label, ms }) => {
      const startedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, ms));
      runs.push({ label, startedAt, endedAt: Date.now() });
      if (label.startsWith('broken')) throw new Error('the receiving system refused it');
    },
  });
}

/** The most runs of these labels that were under way at the same moment. */
function peakOverlap(labels: string[]): number {
  const chosen = runs.filter((run) => labels.includes(run.label));
  const edges = chosen.flatMap((run) => [
    { at: run.startedAt, step: 1 },
    { at: run.endedAt, step: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let now = 0;
  let peak = 0;
  for (const edge of edges) {
    now += edge.step;
    peak = Math.max(peak, now);
  }
  return peak;
}

const runsOf = (label: string) => runs.filter((run) => run.label === label).length;

async function stateOf(id: string | null): Promise<string | undefined> {
  const result = await test.database.pool.query<{ state: string }>(
    'SELECT state::text FROM pgboss.job WHERE id = $1',
    [id],
  );
  return result.rows[0]?.state;
}

beforeAll(async () => {
  test = await createTestDatabase();
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  await installJobQueues(
    owner,
    [PARALLEL, SERIAL, WAKE].map((name) => ({ name, retryLimit: 1, retryDelay: 0 })),
  );
  await owner.end();
  runner = await startJobRunner(test.database, [slowJob(PARALLEL, 4), slowJob(SERIAL)], {
    log: () => undefined,
    pollingIntervalSeconds: 0.5,
  });
});

afterAll(async () => {
  await runner?.stop();
  await test?.drop();
});

describe('background jobs side by side', () => {
  it('runs four slow jobs of a queue with concurrency 4 in about the time of one', async () => {
    const labels = ['p1', 'p2', 'p3', 'p4'];
    const startedAt = Date.now();
    for (const label of labels) await runner.send(PARALLEL, { label, ms: SLOW_MS });
    await runner.waitUntilIdle();
    const elapsed = Date.now() - startedAt;

    expect(labels.map(runsOf)).toEqual([1, 1, 1, 1]);
    expect(peakOverlap(labels)).toBe(4);
    // One after the other would take 4 s.
    expect(elapsed).toBeLessThan(2 * SLOW_MS);
  });

  it('fails and retries a failing job alone: its siblings run once each and complete', async () => {
    const labels = ['broken', 'ok1', 'ok2', 'ok3'];
    const ids: (string | null)[] = [];
    for (const label of labels) ids.push(await runner.send(PARALLEL, { label, ms: 300 }));
    await runner.waitUntilIdle();

    // The queue allows one retry: the broken job ran twice, the others once.
    expect(labels.map(runsOf)).toEqual([2, 1, 1, 1]);
    expect(await Promise.all(ids.map(stateOf))).toEqual([
      'failed',
      'completed',
      'completed',
      'completed',
    ]);
  });

  it('keeps a queue without a concurrency to one job at a time', async () => {
    const labels = ['s1', 's2', 's3'];
    for (const label of labels) await runner.send(SERIAL, { label, ms: 200 });
    await runner.waitUntilIdle();

    expect(labels.map(runsOf)).toEqual([1, 1, 1]);
    expect(peakOverlap(labels)).toBe(1);
  });

  it('starts a job sent from the worker process at once, not at the next poll', async () => {
    const sleepy = await startJobRunner(test.database, [slowJob(WAKE)], {
      log: () => undefined,
      pollingIntervalSeconds: 30,
    });
    try {
      // Let the worker make its first fetch and fall asleep for 30 s.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const sentAt = Date.now();
      await sleepy.send(WAKE, { label: 'woken', ms: 0 });
      await sleepy.waitUntilIdle({ timeoutMs: 5000 });
      expect(runsOf('woken')).toBe(1);
      expect(Date.now() - sentAt).toBeLessThan(2000);
    } finally {
      await sleepy.stop();
    }
  });
});
