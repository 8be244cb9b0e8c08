import { findOrgIdBySlug, type TDatabase } from '@customeric/db';
import type { TActor } from '@customeric/services';
import { CliError } from './cli-error.ts';

/** The organisation a command names with `--org <slug>`. */
export async function getOrgIdBySlug(database: TDatabase, slug: string): Promise<string> {
  const orgId = await findOrgIdBySlug(database, slug);
  if (!orgId) throw new CliError(`There is no organisation with the slug "${slug}".`);
  return orgId;
}

/**
 * Whoever runs the CLI has the database's keys, not a user account: the audit log records
 * the change with no acting user or key, which is how a reader tells it came from here.
 */
export function buildCliActor(orgId: string): TActor {
  return { orgId, userId: null, apiKeyId: null, role: null, scopes: [] };
}

export function describeMigrations(applied: string[]): string {
  if (applied.length === 0) return 'The database schema is up to date.';
  const noun = applied.length === 1 ? 'migration' : 'migrations';
  return `Applied ${applied.length} ${noun}: ${applied.join(', ')}.`;
}
