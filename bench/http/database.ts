import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '@customeric/db';
import { findFreePort } from '../lib/free-port.ts';

export interface TBenchDatabase {
  appUrl: string;
  stop(): Promise<void>;
}

/** A throwaway embedded PostgreSQL, migrated, in a temporary folder removed at the end. */
export async function startBenchDatabase(): Promise<TBenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'customeric-bench-'));
  try {
    const setup = await prepareDatabase({ dataDir, embeddedPort: await findFreePort() });
    return {
      appUrl: setup.appUrl,
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
