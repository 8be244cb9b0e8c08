import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '@customeric/api';
import { createDemoCompany, createTestDatabase, type TDemoCompany } from '@customeric/testing';

export interface TDemoServer {
  /** Where the browser goes, e.g. http://127.0.0.1:40123 */
  url: string;
  demo: TDemoCompany;
  stop(): Promise<void>;
}

const webDist = join(import.meta.dirname, '..', '..', 'apps', 'web', 'dist');

function assertWebBuilt(): void {
  if (existsSync(join(webDist, 'index.html'))) return;
  throw new Error(
    `The web app is not built (${webDist}): run \`npm run build:web\` or \`npm test\`.`,
  );
}

/**
 * The whole product as a visitor meets it: the API serving the built web app, on a fresh
 * database holding the demo company, on a free loopback port.
 */
export async function startDemoServer(): Promise<TDemoServer> {
  assertWebBuilt();
  const testDatabase = await createTestDatabase();
  try {
    const demo = await createDemoCompany(testDatabase.database);
    const app = await buildApp({ database: testDatabase.database, webDist });
    // Not startServer(): its signal handlers would exit the test worker.
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      url,
      demo,
      stop: async () => {
        await app.close();
        await testDatabase.drop();
      },
    };
  } catch (error) {
    await testDatabase.drop();
    throw error;
  }
}
