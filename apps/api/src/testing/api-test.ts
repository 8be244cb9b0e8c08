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

/** What most API test files start from: a fresh database, the app, one organisation, its admin signed in. */
export interface TApiTest {
  test: TTestDatabase;
  app: FastifyInstance;
  org: TTestOrganization;
  admin: TSignedIn;
}

export async function startApiTest(
  options: Omit<TBuildAppOptions, 'database'> = {},
): Promise<TApiTest> {
  const test = await createTestDatabase();
  const app = await buildApp({ ...options, database: test.database });
  const org = await insertOrganization(test.database);
  const admin = await signIn(app, org.admin.email);
  return { test, app, org, admin };
}

export async function stopApiTest(started: Partial<Pick<TApiTest, 'app' | 'test'>>): Promise<void> {
  await started.app?.close();
  await started.test?.drop();
}
