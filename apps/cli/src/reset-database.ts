import { runMigrations } from '@customeric/db';
import pg from 'pg';

/**
 * Deletes everything in the database (every organisation, not only the demo) and migrates
 * the empty schema again. Runs as the owner, who owns the public schema.
 */
export async function resetDatabase(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // One simple query runs as one transaction: either both happen or neither.
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
  const { applied } = await runMigrations(ownerUrl);
  return applied;
}
