import { schema, type TTransaction } from '@customeric/db';
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { NO_DELIVERIES, type TDeliveryCounts, toWebhookEndpoint } from './webhook-mappers.ts';

/** Deliveries by status, per endpoint or per message, in one grouped query. */
export async function countDeliveries(
  tx: TTransaction,
  by: 'endpointId' | 'messageId',
  ids: string[],
): Promise<Map<string, TDeliveryCounts>> {
  const counts = new Map<string, TDeliveryCounts>();
  if (ids.length === 0) return counts;
  const d = schema.webhookDeliveries;
  const key = d[by];
  const rows = await tx
    .select({ key, status: d.status, count: sql<number>`count(*)::int` })
    .from(d)
    .where(inArray(key, ids))
    .groupBy(key, d.status);
  for (const row of rows) {
    const current = counts.get(row.key) ?? { ...NO_DELIVERIES };
    current[row.status] = row.count;
    counts.set(row.key, current);
  }
  return counts;
}

export async function selectEndpoints(tx: TTransaction, where: SQL | undefined, limit: number) {
  const e = schema.webhookEndpoints;
  return tx.select().from(e).where(where).orderBy(e.id).limit(limit);
}

/** The endpoint as the API shows it, or a 404 that names it. */
export async function getEndpointView(tx: TTransaction, endpointId: string) {
  const [row] = await selectEndpoints(tx, eq(schema.webhookEndpoints.id, endpointId), 1);
  if (!row) throw endpointNotFound(endpointId);
  const counts = await countDeliveries(tx, 'endpointId', [row.id]);
  return toWebhookEndpoint(row, counts.get(row.id) ?? NO_DELIVERIES);
}

export function endpointNotFound(endpointId: string): AppError {
  return new AppError('not_found', { detail: `There is no webhook endpoint ${endpointId}.` });
}

/** Locks the endpoint row for a change; 404 when it does not exist. */
export async function lockEndpoint(tx: TTransaction, endpointId: string) {
  const e = schema.webhookEndpoints;
  const [row] = await tx.select().from(e).where(eq(e.id, endpointId)).for('update');
  if (!row) throw endpointNotFound(endpointId);
  return row;
}
