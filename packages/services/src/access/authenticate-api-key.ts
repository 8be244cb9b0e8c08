import { schema, type TDatabase, withTenant } from '@customeric/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { TActor } from '../common/context.ts';
import { hashSecret, parseApiKey } from './tokens.ts';

/**
 * The actor behind a bearer API key, or null. Looked up in the database on every request
 * (no cache), so a revoked key stops working at once.
 */
export async function authenticateApiKey(database: TDatabase, key: string): Promise<TActor | null> {
  const parsed = parseApiKey(key);
  if (!parsed) return null;
  return withTenant(database, parsed.orgId, async (tx) => {
    const [row] = await tx
      .update(schema.apiKeys)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(schema.apiKeys.secretHash, hashSecret(parsed.secret)), isNull(schema.apiKeys.revokedAt)))
      .returning();
    if (!row) return null;
    return { orgId: parsed.orgId, userId: null, apiKeyId: row.id, role: null, scopes: row.scopes };
  });
}
