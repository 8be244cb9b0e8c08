import type { TCursorQuery, TPage, TWebhookEndpoint } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { eq, gt } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { NO_DELIVERIES, toWebhookEndpoint } from './webhook-mappers.ts';
import { countDeliveries, getEndpointView, selectEndpoints } from './webhook-queries.ts';

/** The endpoints, oldest first, with their deliveries by status; never their secrets. */
export async function findWebhookEndpoints(
  context: TServiceContext,
  query: TCursorQuery,
): Promise<TPage<TWebhookEndpoint>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const where = after ? gt(schema.webhookEndpoints.id, after) : undefined;
    const rows = await selectEndpoints(tx, where, query.limit + 1);
    const counts = await countDeliveries(
      tx,
      'endpointId',
      rows.map((row) => row.id),
    );
    return toPage(rows, query.limit, (row) =>
      toWebhookEndpoint(row, counts.get(row.id) ?? NO_DELIVERIES),
    );
  });
}

export async function getWebhookEndpointById(
  context: TServiceContext,
  endpointId: string,
): Promise<TWebhookEndpoint> {
  return withTenant(context.database, context.actor.orgId, (tx) => getEndpointView(tx, endpointId));
}

/** Whether the endpoint exists (for lists under it that would otherwise be empty, not 404). */
export async function assertEndpointExists(tx: TTransaction, endpointId: string): Promise<void> {
  const [row] = await tx
    .select({ id: schema.webhookEndpoints.id })
    .from(schema.webhookEndpoints)
    .where(eq(schema.webhookEndpoints.id, endpointId));
  if (!row) await getEndpointView(tx, endpointId);
}
