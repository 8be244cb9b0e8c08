import { schema, withTenant } from '@customeric/db';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { recordAudit } from './record-audit.ts';

export async function revokeApiKey(context: TServiceContext, keyId: string): Promise<void> {
  const { actor } = context;
  await withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await tx
      .update(schema.apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(schema.apiKeys.id, keyId), isNull(schema.apiKeys.revokedAt)))
      .returning({ id: schema.apiKeys.id });
    if (!row) throw new AppError('not_found', { detail: `There is no active API key ${keyId}.` });
    await recordAudit(tx, actor, {
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: keyId,
      changes: {},
    });
  });
}
