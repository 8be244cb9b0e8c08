import type { TCreateApiKeyRequest, TCreateApiKeyResponse } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import type { TServiceContext } from '../common/context.ts';
import { toApiKey } from './mappers.ts';
import { recordAudit } from './record-audit.ts';
import { hashSecret, newApiKeySecret } from './tokens.ts';

/** Creates a scoped key bound to the actor's organisation. The secret is returned once, stored only hashed. */
export async function createApiKey(
  context: TServiceContext,
  request: TCreateApiKeyRequest,
): Promise<TCreateApiKeyResponse> {
  const { actor } = context;
  const { key, secret, prefix } = newApiKeySecret(actor.orgId);
  const scopes = [...new Set(request.scopes)];
  return withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await tx
      .insert(schema.apiKeys)
      .values({
        orgId: actor.orgId,
        id: newId('key'),
        name: request.name,
        prefix,
        secretHash: hashSecret(secret),
        scopes,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await recordAudit(tx, actor, {
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row.id,
      changes: { name: row.name, scopes },
    });
    return { apiKey: toApiKey(row), secret: key };
  });
}
