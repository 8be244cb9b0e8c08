import type { TPage, TWebhookDelivery, TWebhookDeliveryListQuery } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { assertEndpointExists } from './find-webhook-endpoints.ts';
import { toWebhookDelivery } from './webhook-mappers.ts';

/** Deliveries with their endpoint's URL and their message's type, newest first. */
export async function selectDeliveries(tx: TTransaction, where: SQL | undefined, limit: number) {
  const { webhookDeliveries: d, webhookEndpoints: e, webhookMessages: m } = schema;
  const rows = await tx
    .select({ delivery: d, endpointUrl: e.url, eventType: m.type })
    .from(d)
    .innerJoin(e, eq(e.id, d.endpointId))
    .innerJoin(m, eq(m.id, d.messageId))
    .where(where)
    .orderBy(desc(d.id))
    .limit(limit);
  return rows.map((row) => ({
    ...row.delivery,
    endpointUrl: row.endpointUrl,
    eventType: row.eventType,
  }));
}

export function mapDelivery(
  row: Awaited<ReturnType<typeof selectDeliveries>>[number],
): TWebhookDelivery {
  return toWebhookDelivery(row, row);
}

export async function findWebhookDeliveries(
  context: TServiceContext,
  endpointId: string,
  query: TWebhookDeliveryListQuery,
): Promise<TPage<TWebhookDelivery>> {
  const before = decodeCursor(query.cursor);
  const d = schema.webhookDeliveries;
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await assertEndpointExists(tx, endpointId);
    const where = and(
      eq(d.endpointId, endpointId),
      query.status ? eq(d.status, query.status) : undefined,
      before ? lt(d.id, before) : undefined,
    );
    const rows = await selectDeliveries(tx, where, query.limit + 1);
    return toPage(rows, query.limit, mapDelivery);
  });
}
