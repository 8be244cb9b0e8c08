import { installJobQueues, listOrganizationIds, withTenant } from '@customeric/db';
import {
  defineJob,
  sendInTransaction,
  startJobRunner,
  type TJobRunner,
} from '@customeric/services';
import { createTestDatabase, insertOrganization, type TTestDatabase } from '@customeric/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const QUEUE = 'test.record';
let test: TTestDatabase;
let runner: TJobRunner;
const seen: string[] = [];
let failuresLeft = 0;

const recordJob = defineJob({
  name: QUEUE,
  schema: z.object({ orgId: z.string(), label: z.string() }),
  handler: async (data) => {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error('the receiving system is down');
    }
    seen.push(data.label);
  },
});

beforeAll(async () => {
  test = await createTestDatabase();
  const owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
  await installJobQueues(owner, [{ name: QUEUE, retryLimit: 2, retryDelay: 0 }]);
  await owner.end();
  runner = await startJobRunner(test.database, [recordJob], {
    log: () => undefined,
    pollingIntervalSeconds: 0.5,
  });
});

afterAll(async () => {
  await runner?.stop();
  await test?.drop();
});

describe('background jobs', () => {
  it('runs work queued in a committed tenant transaction, and never work of a rolled-back one', async () => {
    const org = await insertOrganization(test.database);
    await withTenant(test.database, org.actor.orgId, (tx) =>
      sendInTransaction(tx, QUEUE, { orgId: org.actor.orgId, label: 'committed' }),
    );
    const rolledBack = withTenant(test.database, org.actor.orgId, async (tx) => {
      await sendInTransaction(tx, QUEUE, { orgId: org.actor.orgId, label: 'rolled back' });
      throw new Error('the change failed after queueing');
    });
    await expect(rolledBack).rejects.toThrow('the change failed');
    await runner.waitUntilIdle();
    expect(seen).toContain('committed');
    expect(seen).not.toContain('rolled back');
  });

  it('retries a job that failed until it succeeds', async () => {
    failuresLeft = 2;
    await runner.send(QUEUE, { orgId: 'org_x', label: 'after two failures' });
    const deadline = Date.now() + 20_000;
    while (!seen.includes('after two failures') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toContain('after two failures');
    expect(failuresLeft).toBe(0);
  });

  it('lists every organisation for workers that visit each tenant', async () => {
    const first = await insertOrganization(test.database);
    const second = await insertOrganization(test.database);
    const ids = await listOrganizationIds(test.database);
    expect(ids).toEqual(expect.arrayContaining([first.actor.orgId, second.actor.orgId]));
  });
});
