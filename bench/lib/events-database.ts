import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '@customeric/db';
import pg from 'pg';
import { findFreePort } from './free-port.ts';

export interface TEventsBenchDatabase {
  appUrl: string;
  /** The migration owner: bulk set-up and the raw COPY baseline. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** A throwaway embedded PostgreSQL, migrated, in a temporary folder removed at the end. */
export async function startEventsBenchDatabase(): Promise<TEventsBenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'customeric-bench-'));
  try {
    const setup = await prepareDatabase({ dataDir, embeddedPort: await findFreePort() });
    return {
      appUrl: setup.appUrl,
      ownerUrl: setup.ownerUrl,
      stop: async () => {
        await setup.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Runs `work` as the table owner with forced row-level security lifted from `tables` (the
 * owner is exempt then), which COPY FROM needs; the force is restored whatever happens.
 */
export async function withOwnerBypassingRls<T>(
  ownerUrl: string,
  tables: string[],
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const table of tables)
      await client.query(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY`);
    return await work(client);
  } finally {
    for (const table of tables)
      await client.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`).catch(() => undefined);
    await client.end();
  }
}
