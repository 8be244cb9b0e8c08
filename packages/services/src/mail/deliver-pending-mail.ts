import { schema, type TDatabase, withTenant } from '@customeric/db';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { TMailer } from './create-mailer.ts';

/** After this many failed attempts a mail is marked failed and no longer tried. */
const MAX_ATTEMPTS = 3;
const BATCH = 50;

export interface TDeliveryResult {
  sent: number;
  skipped: number;
  failed: number;
}

function bodyWithLink(bodyText: string, linkPath: string | null, baseUrl: string): string {
  return linkPath ? `${bodyText}\n\nOpen it: ${baseUrl}${linkPath}\n` : bodyText;
}

/**
 * Sends the organisation's pending e-mails, oldest first, a batch at a time. Rows are locked
 * with SKIP LOCKED, so two deliveries running at once never send a mail twice. Without a
 * mailer (no SMTP settings) the mails are marked skipped: the outbox still shows them.
 */
export async function deliverPendingMail(
  database: TDatabase,
  orgId: string,
  mailer: TMailer | null,
): Promise<TDeliveryResult> {
  const result: TDeliveryResult = { sent: 0, skipped: 0, failed: 0 };
  for (;;) {
    const done = await withTenant(database, orgId, async (tx) => {
      const pending = await tx
        .select()
        .from(schema.mailOutbox)
        .where(eq(schema.mailOutbox.status, 'pending'))
        .orderBy(asc(schema.mailOutbox.createdAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      if (pending.length === 0) return true;
      if (!mailer) {
        await tx
          .update(schema.mailOutbox)
          .set({ status: 'skipped' })
          .where(
            inArray(
              schema.mailOutbox.id,
              pending.map((mail) => mail.id),
            ),
          );
        result.skipped += pending.length;
        return pending.length < BATCH;
      }
      for (const mail of pending) {
        const outcome = await mailer
          .send({
            to: mail.toAddress,
            subject: mail.subject,
            text: bodyWithLink(mail.bodyText, mail.linkPath, mailer.baseUrl),
          })
          .then(
            () => ({ status: 'sent' as const, error: null }),
            (error: Error) => ({
              status:
                mail.attempts + 1 >= MAX_ATTEMPTS ? ('failed' as const) : ('pending' as const),
              error: error.message.slice(0, 500),
            }),
          );
        await tx
          .update(schema.mailOutbox)
          .set({
            status: outcome.status,
            attempts: sql`${schema.mailOutbox.attempts} + 1`,
            lastError: outcome.error,
            sentAt: outcome.status === 'sent' ? new Date() : null,
          })
          .where(eq(schema.mailOutbox.id, mail.id));
        if (outcome.status === 'sent') result.sent++;
        else result.failed++;
      }
      // A failure stays pending for a later run: stop here rather than retry it at once.
      return pending.length < BATCH || result.failed > 0;
    });
    if (done) return result;
  }
}
