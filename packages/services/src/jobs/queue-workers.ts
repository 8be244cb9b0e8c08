import type PgBoss from 'pg-boss';
import type { TJobContext, TJobDefinition } from './define-job.ts';

/** The workers of one queue in this process. */
export interface TQueueWorkers {
  /** Asks an idle worker to look for jobs now rather than at its next poll. */
  wake(): void;
}

interface TWorkerSet {
  boss: PgBoss;
  ids: string[];
  busy: Set<string>;
}

function wakeIdle(workers: TWorkerSet): void {
  const idle = workers.ids.find((id) => !workers.busy.has(id));
  if (idle) workers.boss.notifyWorker(idle);
}

async function runJob(definition: TJobDefinition, job: PgBoss.Job<object>, context: TJobContext) {
  try {
    await definition.handler(definition.schema.parse(job.data ?? {}), context);
  } catch (error) {
    context.log(`job ${definition.name} failed: ${(error as Error).message}`, { jobId: job.id });
    throw error;
  }
}

/**
 * One pg-boss worker fetching one job at a time: a job that throws is failed (and retried)
 * by pg-boss on its own, whatever its siblings on the other workers do.
 */
async function addWorker(
  workers: TWorkerSet,
  definition: TJobDefinition,
  context: TJobContext,
  pollingIntervalSeconds: number,
): Promise<void> {
  const self = { id: '' };
  const options = { batchSize: 1, pollingIntervalSeconds };
  self.id = await workers.boss.work<object>(definition.name, options, async ([job]) => {
    if (!job) return;
    workers.busy.add(self.id);
    // More jobs may be waiting: an idle sibling looks now rather than at its next poll.
    wakeIdle(workers);
    try {
      await runJob(definition, job, context);
    } finally {
      workers.busy.delete(self.id);
    }
    // pg-boss waits out the polling interval after every fetch, even one that found a job;
    // looking again at once drains a backlog. After a failure it waits, as a back-off.
    workers.boss.notifyWorker(self.id);
  });
  workers.ids.push(self.id);
}

/**
 * Starts `definition.concurrency` workers on its queue (pg-boss 10 runs one job at a time per
 * worker, so concurrency is that many workers). Each polls on its own while idle.
 */
export async function startQueueWorkers(
  boss: PgBoss,
  definition: TJobDefinition,
  context: TJobContext,
  pollingIntervalSeconds: number,
): Promise<TQueueWorkers> {
  const workers: TWorkerSet = { boss, ids: [], busy: new Set() };
  for (let n = 0; n < (definition.concurrency ?? 1); n++)
    await addWorker(workers, definition, context, pollingIntervalSeconds);
  return { wake: () => wakeIdle(workers) };
}
