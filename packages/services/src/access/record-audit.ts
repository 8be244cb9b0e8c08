import { newId, schema, type TTransaction } from '@customeric/db';
import type { TActor } from '../common/context.ts';

export interface TAuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  changes: Record<string, unknown>;
}

/** Appends to the audit log inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(
  tx: TTransaction,
  actor: TActor,
  record: TAuditRecord,
): Promise<void> {
  await tx.insert(schema.auditLog).values({
    orgId: actor.orgId,
    id: newId('aud'),
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    ...record,
  });
}
