import type { TDatabase } from '@customeric/db';
import type { TJobContext, TJobDefinition } from './define-job.ts';
import { createBoss, type TJobQueue } from './job-queue.ts';
import { startQueueWorkers, type TQueueWorkers } from './queue-workers.ts';

export interface TJobRunner extends TJobQueue {
  stop(): Promise<void>;
  /** Resolves when no job of these queues is waiting to run now or running (tests, CLI). */
  waitUntilIdle(options?: { timeoutMs?: number }): Promise<void>;
}

export interface TJobRunnerOptions {
  log: TJobContext['log'];
  /** How often an idle worker looks for new jobs; pg-boss's floor is 0.5 s. */
  pollingIntervalSeconds?: number;
}

async function countBusy(database: TDatabase, names: string[]): Promise<number> {
  const result = await database.pool.query<{ busy: number }>(
    `SELECT count(*)::int AS busy FROM pgboss.job
      WHERE name = ANY($1) AND (state = 'active' OR (state IN ('created', 'retry') AND start_after <= now()))`,
    [names],
  );
  return result.rows[0]?.busy ?? 0;
}

/**
 * Starts the worker of the API process: every definition gets `concurrency` workers on its
 * queue, and the ones with a cron schedule are scheduled (pg-boss keeps one schedule however
 * many processes run).
 */
export async function startJobRunner(
  database: TDatabase,
  definitions: readonly TJobDefinition[],
  options: TJobRunnerOptions,
): Promise<TJobRunner> {
  const scheduled = definitions.filter((definition) => definition.cron);
  const boss = createBoss(database, { supervise: true, schedule: scheduled.length > 0 });
  boss.on('error', (error) => options.log(`job queue error: ${error.message}`));
  await boss.start();
  const queues = new Map<string, TQueueWorkers>();
  const runner: TJobRunner = {
    send: async (name, data, sendOptions = {}) => {
      const id = await boss.send(name, data, sendOptions);
      // Sent from this process (a route given the runner, a job): run it now, not at the next poll.
      if (id && !sendOptions.startAfter) queues.get(name)?.wake();
      return id;
    },
    stop: () => boss.stop({ graceful: true, close: false, timeout: 10_000 }),
    waitUntilIdle: async ({ timeoutMs = 20_000 } = {}) => {
      const names = definitions.map((definition) => definition.name);
      const deadline = Date.now() + timeoutMs;
      while ((await countBusy(database, names)) > 0) {
        if (Date.now() > deadline) throw new Error(`jobs still busy after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
  const context: TJobContext = { database, jobs: runner, log: options.log };
  const polling = options.pollingIntervalSeconds ?? 2;
  for (const definition of definitions)
    queues.set(definition.name, await startQueueWorkers(boss, definition, context, polling));
  for (const definition of scheduled)
    await boss.schedule(definition.name, definition.cron as string, {});
  return runner;
}
