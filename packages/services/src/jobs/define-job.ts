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
}

/**
 * Declares a job. Its queue must be listed in JOB_QUEUES (the migration owner creates it) and
 * the definition in the API's JOB_DEFINITIONS (the worker runs it). Data carries the orgId;
 * the handler does its work inside withTenant.
 */
export function defineJob<TData>(definition: TJobDefinition<TData>): TJobDefinition<TData> {
  return definition;
}
