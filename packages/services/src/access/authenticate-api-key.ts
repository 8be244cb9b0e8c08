import { schema, type TDatabase, withTenant } from '@customeric/db';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { TActor } from '../common/context.ts';
import { hashSecret, parseApiKey } from './tokens.ts';

/**
 * The actor behind a bearer API key, or null. Looked up in the database on every request
 * (no cache), so a revoked key stops working at once. Reads only: a refused request must
 * leave the database as it was.
 */
export async function authenticateApiKey(database: TDatabase, key: string): Promise<TActor | null> {
  const parsed = parseApiKey(key);
  if (!parsed) return null;
  return withTenant(database, parsed.orgId, async (tx) => {
    const [row] = await tx
      .select({ id: schema.apiKeys.id, scopes: schema.apiKeys.scopes })
      .from(schema.apiKeys)
      .where(
        and(
          eq(schema.apiKeys.secretHash, hashSecret(parsed.secret)),
          isNull(schema.apiKeys.revokedAt),
        ),
      );
    if (!row) return null;
    return { orgId: parsed.orgId, userId: null, apiKeyId: row.id, role: null, scopes: row.scopes };
  });
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** Records that an allowed request used the key; at most once a minute, to spare the hot path a write. */
export async function markApiKeyUsed(database: TDatabase, actor: TActor): Promise<void> {
  const { apiKeyId } = actor;
  if (!apiKeyId) return;
  const stale = new Date(Date.now() - LAST_USED_RESOLUTION_MS);
  await withTenant(database, actor.orgId, (tx) =>
    tx
      .update(schema.apiKeys)
      .set({ lastUsedAt: new Date() })
      .where(
        and(
          eq(schema.apiKeys.id, apiKeyId),
          or(isNull(schema.apiKeys.lastUsedAt), lt(schema.apiKeys.lastUsedAt, stale)),
        ),
      ),
  );
}
