import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureAppRole,
  ensureDatabaseAndOwner,
  newSecret,
  runMigrations,
  startEmbeddedPostgres,
  withCredentials,
  withDatabaseName,
} from '@customeric/db';
import pg from 'pg';

/** What every test file needs to make its own fresh database on the shared server. */
export interface TTestServer {
  /** A role that may CREATE DATABASE and owns the migrated template. */
  ownerUrl: string;
  template: string;
  appPassword: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startOwnServer(): Promise<{ ownerUrl: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'customeric-test-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  const owner = { name: 'customeric_owner', password: newSecret() };
  await ensureDatabaseAndOwner(server.adminUrl, 'customeric_test', owner);
  // Dropping a test database WITH (FORCE) ends the app role's connections to it.
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`GRANT pg_signal_backend TO ${owner.name}`);
  await admin.end();
  const ownerUrl = withDatabaseName(
    withCredentials(server.adminUrl, owner.name, owner.password),
    'customeric_test',
  );
  return { ownerUrl, stop: server.stop };
}

/**
 * Starts the test PostgreSQL (embedded in a temporary folder, or the server DATABASE_URL
 * names) and builds a migrated template database that each test file clones.
 */
export async function startTestServer(databaseUrl?: string) {
  const own = databaseUrl ? null : await startOwnServer();
  const ownerUrl = databaseUrl ?? (own as { ownerUrl: string }).ownerUrl;
  const template = `customeric_template_${newSecret(5)}`;
  const appPassword = newSecret();
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    await ensureAppRole(admin, appPassword);
    await admin.query(`CREATE DATABASE ${template}`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabaseName(ownerUrl, template));
  const info: TTestServer = { ownerUrl, template, appPassword };
  const stop = async () => {
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template}`).catch(() => undefined);
    await client.end();
    await own?.stop();
  };
  return { info, stop };
}
