import {
  APP_ROLE,
  newSecret,
  openDatabase,
  type TDatabase,
  withCredentials,
  withDatabaseName,
} from '@customeric/db';
import pg from 'pg';
import { inject } from 'vitest';

export interface TTestDatabase {
  /** Connected as the app role, like the server. */
  database: TDatabase;
  ownerUrl: string;
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

async function runAsOwner(ownerUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file: a copy of the template the global setup made. */
export async function createTestDatabase(): Promise<TTestDatabase> {
  const server = inject('customericTestServer');
  const name = `customeric_test_${newSecret(6)}`;
  await runAsOwner(server.ownerUrl, `CREATE DATABASE ${name} TEMPLATE ${server.template}`);
  const ownerUrl = withDatabaseName(server.ownerUrl, name);
  const appUrl = withCredentials(ownerUrl, APP_ROLE, server.appPassword);
  const database = openDatabase(appUrl, { max: 5 });
  return {
    database,
    ownerUrl,
    appUrl,
    name,
    drop: async () => {
      await database.close();
      await runAsOwner(server.ownerUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
