import { newId, schema, type TTransaction } from '@customeric/db';

export interface TQueuedMail {
  kind: string;
  toUserId: string | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  linkPath: string | null;
  subjectType: string | null;
  subjectId: string | null;
}

/**
 * Writes e-mails to the outbox in the caller's transaction: they exist only if the change that
 * caused them commits, and deliverPendingMail sends them afterwards.
 */
export async function queueMail(
  tx: TTransaction,
  orgId: string,
  mails: readonly TQueuedMail[],
): Promise<void> {
  if (mails.length === 0) return;
  await tx
    .insert(schema.mailOutbox)
    .values(mails.map((mail) => ({ orgId, id: newId('eml'), ...mail })));
}
