import pg from 'pg';
import { withCredentials, withDatabaseName } from './connection.ts';
import { ensureDatabaseAndOwner, readOrCreateSecret, startEmbeddedPostgres } from './embedded.ts';
import { newSecret } from './ids.ts';
import { runMigrations } from './migrate.ts';
import { APP_ROLE, ensureAppRole } from './roles.ts';

export interface TDatabaseConfig {
  /** Use this PostgreSQL (as the migration owner) instead of the embedded one. */
  databaseUrl?: string;
  /** Password for the app role; random per start when absent (fine for one process). */
  appPassword?: string;
  dataDir: string;
  embeddedPort: number;
  log?: (message: string) => void;
}

export interface TDatabaseSetup {
  ownerUrl: string;
  appUrl: string;
  embedded: boolean;
  appliedMigrations: string[];
  notes: string[];
  stop(): Promise<void>;
}

/** The embedded cluster's migration owner and database. */
export const EMBEDDED_OWNER_ROLE = 'customeric_owner';
export const EMBEDDED_DATABASE = 'customeric';

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepareEmbedded(config: TDatabaseConfig) {
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPort,
    ...(config.log ? { log: config.log } : {}),
  });
  const ownerPassword = await readOrCreateSecret(config.dataDir, 'owner');
  const appPassword = config.appPassword ?? (await readOrCreateSecret(config.dataDir, 'app'));
  await ensureDatabaseAndOwner(server.adminUrl, EMBEDDED_DATABASE, {
    name: EMBEDDED_OWNER_ROLE,
    password: ownerPassword,
  });
  await withClient(server.adminUrl, (client) => ensureAppRole(client, appPassword));
  const ownerUrl = withDatabaseName(
    withCredentials(server.adminUrl, EMBEDDED_OWNER_ROLE, ownerPassword),
    EMBEDDED_DATABASE,
  );
  return { ownerUrl, appPassword, notes: server.notes, stop: server.stop };
}

/**
 * Gets a migrated database ready: the embedded PostgreSQL by default, or DATABASE_URL.
 * Returns the owner URL (migrations, maintenance) and the app-role URL the server uses.
 */
export async function prepareDatabase(config: TDatabaseConfig): Promise<TDatabaseSetup> {
  let ownerUrl: string;
  let appPassword: string;
  let notes: string[] = [];
  let stop = async (): Promise<void> => undefined;
  if (config.databaseUrl) {
    ownerUrl = config.databaseUrl;
    appPassword = config.appPassword ?? newSecret();
    await withClient(ownerUrl, (client) => ensureAppRole(client, appPassword));
  } else {
    const embedded = await prepareEmbedded(config);
    ({ ownerUrl, appPassword, notes, stop } = embedded);
  }
  const { applied } = await runMigrations(ownerUrl);
  return {
    ownerUrl,
    appUrl: withCredentials(ownerUrl, APP_ROLE, appPassword),
    embedded: !config.databaseUrl,
    appliedMigrations: applied,
    notes,
    stop,
  };
}
