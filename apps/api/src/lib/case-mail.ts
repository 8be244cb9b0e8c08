import type { TDatabase } from '@customeric/db';
import { deliverPendingMail, type TMailer } from '@customeric/services';
import type { FastifyBaseLogger } from 'fastify';

/**
 * Sends the e-mails a request queued, after its transaction committed. Without a mailer they
 * are only marked skipped, which is quick, so the answer waits for it and nothing changes the
 * database after the answer. With one, SMTP may be slow: the answer does not wait, and a
 * failure stays pending in the outbox for the next delivery.
 */
export async function deliverAfterCommit(
  database: TDatabase,
  orgId: string,
  mailer: TMailer | null,
  log: FastifyBaseLogger,
): Promise<void> {
  const delivery = deliverPendingMail(database, orgId, mailer);
  if (!mailer) {
    await delivery;
    return;
  }
  void delivery.catch((error: Error) => log.error({ err: error }, 'e-mail delivery failed'));
}

/** The version in an If-Match header: `"3"`, `W/"3"` or a bare 3. */
export function readIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const text = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(text);
  return match ? Number(match[1]) : Number.NaN;
}
