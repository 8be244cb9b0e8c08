import type { TWebhookDelivery } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { sendInTransaction } from '../jobs/job-queue.ts';
import { DELIVER_WEBHOOK_JOB } from './deliver-webhook-data.ts';
import { mapDelivery, selectDeliveries } from './find-webhook-deliveries.ts';

const NOT_RETRIABLE: Record<string, string> = {
  succeeded: 'it was delivered already.',
  pending: 'its first attempt is on its way.',
};

/**
 * Sends a failed or dead delivery once more, now. A dead delivery gets this one attempt (the
 * schedule stays spent); a failed one continues its schedule from here.
 */
export async function retryWebhookDelivery(
  context: TServiceContext,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  const { actor } = context;
  const d = schema.webhookDeliveries;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const [row] = await selectDeliveries(tx, eq(d.id, deliveryId), 1);
    if (!row)
      throw new AppError('not_found', { detail: `There is no webhook delivery ${deliveryId}.` });
    const reason = NOT_RETRIABLE[row.status];
    if (reason)
      throw new AppError('conflict', { detail: `The delivery is not retried: ${reason}` });
    const [endpoint] = await tx
      .select({ enabled: schema.webhookEndpoints.enabled })
      .from(schema.webhookEndpoints)
      .where(eq(schema.webhookEndpoints.id, row.endpointId));
    if (!endpoint?.enabled)
      throw new AppError('conflict', {
        detail: 'The endpoint is disabled; enable it before retrying.',
      });
    await tx
      .update(d)
      .set({ status: 'pending', nextAttemptAt: sql`now()` })
      .where(eq(d.id, deliveryId));
    await sendInTransaction(tx, DELIVER_WEBHOOK_JOB, {
      orgId: actor.orgId,
      deliveryId,
      attempt: row.attempts + 1,
    });
    const [updated] = await selectDeliveries(tx, eq(d.id, deliveryId), 1);
    if (!updated) throw new Error('the delivery vanished');
    return mapDelivery(updated);
  });
}
