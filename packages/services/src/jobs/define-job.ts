import type { TDatabase } from '@customeric/db';
import type { z } from 'zod';
import type { TJobQueue } from './job-queue.ts';

export interface TJobContext {
  database: TDatabase;
  jobs: TJobQueue;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** One kind of background work: its queue name, the shape of its data, and what it does. */
export interface TJobDefinition<TData = unknown> {
  name: string;
  schema: z.ZodType<TData>;
  handler(data: TData, context: TJobContext): Promise<void>;
  /** Run on this cron schedule (UTC) as well as on demand; the data is then `{}`. */
  cron?: string;
  /**
   * How many of its jobs one process runs at once (default 1). Raise it for work that waits
   * on other systems and is safe side by side; keep 1 for sweeps and for work that takes a
   * lock per organisation (extra workers would only queue on it, each holding a connection).
   * Every worker polls on its own while idle, and the pool has 10 connections by default.
   */
  concurrency?: number;
}

/**
 * Declares a job. Its queue must be listed in JOB_QUEUES (the migration owner creates it) and
 * the definition in the API's JOB_DEFINITIONS (the worker runs it). Data carries the orgId;
 * the handler does its work inside withTenant.
 */
export function defineJob<TData>(definition: TJobDefinition<TData>): TJobDefinition<TData> {
  const { concurrency = 1 } = definition;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`job ${definition.name}: concurrency must be a whole number of at least 1`);
  return definition;
}
