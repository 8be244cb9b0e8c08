import type { TWebhookDeliveryDetail } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { mapDelivery, selectDeliveries } from './find-webhook-deliveries.ts';
import { buildWebhookPayload } from './webhook-body.ts';
import { toWebhookAttempt } from './webhook-mappers.ts';

/** A delivery with the body it sends and every attempt, oldest first. */
export async function getWebhookDeliveryById(
  context: TServiceContext,
  deliveryId: string,
): Promise<TWebhookDeliveryDetail> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const [row] = await selectDeliveries(tx, eq(schema.webhookDeliveries.id, deliveryId), 1);
    if (!row)
      throw new AppError('not_found', { detail: `There is no webhook delivery ${deliveryId}.` });
    const [message] = await tx
      .select()
      .from(schema.webhookMessages)
      .where(eq(schema.webhookMessages.id, row.messageId));
    const attempts = await tx
      .select()
      .from(schema.webhookAttempts)
      .where(eq(schema.webhookAttempts.deliveryId, deliveryId))
      .orderBy(asc(schema.webhookAttempts.attempt));
    if (!message) throw new Error('a delivery without its message');
    return {
      ...mapDelivery(row),
      payload: buildWebhookPayload(message.type, message.createdAt, message.data),
      attemptLog: attempts.map(toWebhookAttempt),
    };
  });
}
