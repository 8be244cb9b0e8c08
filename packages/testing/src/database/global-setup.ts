import type { TestProject } from 'vitest/node';
import { startTestServer } from './test-server.ts';
import './provided-context.ts';

let stop: (() => Promise<void>) | undefined;

/** Vitest global setup: one PostgreSQL and one migrated template for the whole run. */
export async function setup(project: TestProject): Promise<void> {
  const server = await startTestServer(process.env.DATABASE_URL || undefined);
  stop = server.stop;
  project.provide('customericTestServer', server.info);
}

export async function teardown(): Promise<void> {
  await stop?.();
}
