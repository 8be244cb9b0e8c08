import type pg from 'pg';
import PgBoss from 'pg-boss';
import { APP_ROLE } from './roles.ts';

/** The schema pg-boss keeps its queues in; not a tenant schema (jobs carry their orgId). */
export const JOB_SCHEMA = 'pgboss';

export interface TJobQueueSettings {
  name: string;
  retryLimit?: number;
  /** Seconds before the first retry. */
  retryDelay?: number;
  retryBackoff?: boolean;
  expireInSeconds?: number;
}

/**
 * Every queue the application uses. pg-boss 10 keeps each queue in its own table, created
 * here by the migration owner, so the app role needs only to read and write rows.
 */
export const JOB_QUEUES: readonly TJobQueueSettings[] = [
  // One attempt per job; HTTP failures are retried on the webhook schedule by new jobs, so
  // pg-boss retries only a job that broke (the database went away mid-way).
  {
    name: 'webhooks.deliver',
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
  },
  // Promises: evaluate ingested batches, break missed deadlines (every minute), replay history.
  { name: 'promises.evaluate-events', retryLimit: 5, retryDelay: 5, retryBackoff: true },
  { name: 'promises.sweep-deadlines', retryLimit: 3, retryDelay: 30, retryBackoff: true },
  {
    name: 'promises.reevaluate',
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  // Cases: clocks and the closed loop every minute, the executive programme monthly and daily.
  { name: 'cases.check-clocks', retryLimit: 2, retryDelay: 20, retryBackoff: true },
  { name: 'cases.follow-up-detractors', retryLimit: 2, retryDelay: 20, retryBackoff: true },
  { name: 'cases.assign-programme', retryLimit: 3, retryDelay: 60, retryBackoff: true },
  { name: 'cases.remind-programme', retryLimit: 3, retryDelay: 60, retryBackoff: true },
];

/** pg-boss over one client we already hold (the migration runner's, under its lock). */
function clientExecutor(client: pg.ClientBase) {
  return {
    executeSql: async (text: string, values: unknown[]) => {
      const result = await client.query(text, values);
      return { rows: result.rows };
    },
  };
}

/**
 * Installs (or upgrades) pg-boss's schema, creates or updates every queue of JOB_QUEUES, and
 * grants the app role what a worker needs. Runs as the migration owner.
 */
export async function installJobQueues(
  client: pg.ClientBase,
  queues: readonly TJobQueueSettings[] = JOB_QUEUES,
): Promise<void> {
  const boss = new PgBoss({
    db: clientExecutor(client),
    schema: JOB_SCHEMA,
    supervise: false,
    schedule: false,
    migrate: true,
  });
  await boss.start();
  try {
    // pg-boss relays every cron schedule through its own queue, which its worker would make
    // on start; the app role cannot create tables, so without it no scheduled job ever runs.
    for (const { name, ...settings } of [{ name: '__pgboss__send-it' }, ...queues]) {
      const queue = { name, policy: 'standard' as const, ...settings };
      if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
      else await boss.createQueue(name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, close: false, wait: true });
  }
  await client.query(`
    GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};`);
}
