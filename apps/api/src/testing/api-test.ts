import { startJobRunner, type TJobRunner } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  signIn,
  type TSignedIn,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp, type TBuildAppOptions } from '../app.ts';
import { JOB_DEFINITIONS } from '../jobs.ts';

/** What most API test files start from: a fresh database, the app, one organisation, its admin signed in. */
export interface TApiTest {
  test: TTestDatabase;
  app: FastifyInstance;
  org: TTestOrganization;
  admin: TSignedIn;
  /** The worker, when started with `runJobs`: `await jobs.waitUntilIdle()` after queueing work. */
  jobs: TJobRunner | null;
}

export async function startApiTest(
  options: Omit<TBuildAppOptions, 'database' | 'jobs'> & { runJobs?: boolean } = {},
): Promise<TApiTest> {
  const { runJobs, ...appOptions } = options;
  const test = await createTestDatabase();
  const jobs = runJobs
    ? await startJobRunner(test.database, JOB_DEFINITIONS, {
        log: () => undefined,
        pollingIntervalSeconds: 0.5,
      })
    : null;
  const app = await buildApp({ ...appOptions, database: test.database, ...(jobs ? { jobs } : {}) });
  const org = await insertOrganization(test.database);
  const admin = await signIn(app, org.admin.email);
  return { test, app, org, admin, jobs };
}

export async function stopApiTest(
  started: Partial<Pick<TApiTest, 'app' | 'test' | 'jobs'>>,
): Promise<void> {
  await started.app?.close();
  await started.jobs?.stop();
  await started.test?.drop();
}
