import type {
  TPage,
  TWebhookMessage,
  TWebhookMessageDetail,
  TWebhookMessageListQuery,
} from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { and, desc, eq, lt } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { mapDelivery, selectDeliveries } from './find-webhook-deliveries.ts';
import { NO_DELIVERIES, toWebhookMessage } from './webhook-mappers.ts';
import { countDeliveries } from './webhook-queries.ts';

/** What was published, newest first, with its deliveries by status. */
export async function findWebhookMessages(
  context: TServiceContext,
  query: TWebhookMessageListQuery,
): Promise<TPage<TWebhookMessage>> {
  const before = decodeCursor(query.cursor);
  const m = schema.webhookMessages;
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const rows = await tx
      .select()
      .from(m)
      .where(
        and(query.type ? eq(m.type, query.type) : undefined, before ? lt(m.id, before) : undefined),
      )
      .orderBy(desc(m.id))
      .limit(query.limit + 1);
    const counts = await countDeliveries(
      tx,
      'messageId',
      rows.map((row) => row.id),
    );
    return toPage(rows, query.limit, (row) =>
      toWebhookMessage(row, counts.get(row.id) ?? NO_DELIVERIES),
    );
  });
}

export async function getWebhookMessageById(
  context: TServiceContext,
  messageId: string,
): Promise<TWebhookMessageDetail> {
  const m = schema.webhookMessages;
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const [row] = await tx.select().from(m).where(eq(m.id, messageId));
    if (!row)
      throw new AppError('not_found', { detail: `There is no webhook message ${messageId}.` });
    const deliveries = await selectDeliveries(
      tx,
      eq(schema.webhookDeliveries.messageId, messageId),
      100,
    );
    const counts = await countDeliveries(tx, 'messageId', [messageId]);
    return {
      ...toWebhookMessage(row, counts.get(messageId) ?? NO_DELIVERIES),
      deliveryList: deliveries.map(mapDelivery),
    };
  });
}
