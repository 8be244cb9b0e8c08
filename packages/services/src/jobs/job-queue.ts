import { JOB_SCHEMA, type TDatabase, type TTransaction } from '@customeric/db';
import PgBoss from 'pg-boss';

export interface TSendOptions {
  startAfter?: Date | number;
  singletonKey?: string;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
}

/** Puts work on a queue; the worker of the API process runs it. */
export interface TJobQueue {
  send(name: string, data: object, options?: TSendOptions): Promise<string | null>;
}

type TExecutor = { executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

function executorOf(query: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }>) {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: (await query(text, values)).rows,
    }),
  } satisfies TExecutor;
}

/** pg-boss over the app's pool: the worker shares the server's connections and role. */
export function createBoss(database: TDatabase, options: PgBoss.ConstructorOptions = {}): PgBoss {
  return new PgBoss({
    db: executorOf((text, values) => database.pool.query(text, values)),
    schema: JOB_SCHEMA,
    migrate: false,
    ...options,
  });
}

/** A queue that only sends (no worker, nothing started): what the API routes are given. */
export function createJobQueue(database: TDatabase): TJobQueue {
  const boss = createBoss(database, { supervise: false, schedule: false });
  return { send: (name, data, options = {}) => boss.send(name, data, options) };
}

let transactionalSender: PgBoss | undefined;

/**
 * Enqueues inside the caller's tenant transaction: the job exists only if the transaction
 * commits, so a rolled-back change never triggers its follow-up work.
 */
export async function sendInTransaction(
  tx: TTransaction,
  name: string,
  data: object,
  options: TSendOptions = {},
): Promise<string | null> {
  // Never started: it only builds the insert; the rows go through the transaction's client.
  transactionalSender ??= new PgBoss({
    db: executorOf(() => Promise.reject(new Error('sendInTransaction needs a transaction'))),
    schema: JOB_SCHEMA,
  });
  const db = executorOf((text, values) => tx.$client.query(text, values));
  return transactionalSender.send(name, data, { ...options, db });
}
