import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { installJobQueues } from './job-queues.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
// Any constant works; it only has to be the same in every process that migrates.
const MIGRATION_LOCK = 7_311_001;

export interface TMigrationResult {
  applied: string[];
  alreadyApplied: number;
}

async function listMigrationFiles(): Promise<string[]> {
  const files = await readdir(MIGRATIONS_DIR);
  return files.filter((file) => /^\d{4}_.+\.sql$/.test(file)).sort();
}

/**
 * Applies the versioned SQL files in order, each in its own transaction, as the connecting
 * role (the migration owner), then installs the job queues. An advisory lock lets several
 * processes start at once.
 */
export async function runMigrations(ownerUrl: string): Promise<TMigrationResult> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = await client.query<{ version: string }>('SELECT version FROM schema_migrations');
    const doneSet = new Set(done.rows.map((row) => row.version));
    const applied: string[] = [];
    for (const file of await listMigrationFiles()) {
      if (doneSet.has(file)) continue;
      const sql = await readFile(join(MIGRATIONS_DIR, file), 'utf8');
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${file} failed: ${(error as Error).message}`);
      }
      applied.push(file);
    }
    await installJobQueues(client);
    return { applied, alreadyApplied: doneSet.size };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}
