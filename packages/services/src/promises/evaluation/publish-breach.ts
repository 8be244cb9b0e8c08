import type { TWebhookEventCatalog } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { publishWebhookMessage } from '../../webhooks/publish-webhook-message.ts';

/**
 * Whether any enabled endpoint would receive this type: checked once per batch of breaches,
 * so an organisation without subscribers pays one query, not one per breach.
 */
export async function hasSubscribers(tx: TTransaction, type: string): Promise<boolean> {
  const result = await tx.execute<{ found: boolean }>(sql`
    SELECT EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled
      AND (cardinality(event_types) = 0 OR ${type} = ANY(event_types))) AS found`);
  return result.rows[0]?.found === true;
}

/**
 * The one place the promises module announces new breaches to webhook subscribers (the caller
 * has checked `hasSubscribers`, so breaches nobody listens to cost nothing more).
 */
export async function publishBreaches(
  tx: TTransaction,
  orgId: string,
  breaches: readonly TWebhookEventCatalog['promise.breached'][],
): Promise<void> {
  for (const data of breaches)
    await publishWebhookMessage(tx, orgId, { type: 'promise.breached', data });
}

/** Breaches withdrawn because a late event showed the promise was kept in time. */
export async function publishKeptLate(
  tx: TTransaction,
  orgId: string,
  withdrawals: readonly TWebhookEventCatalog['promise.kept_late'][],
): Promise<void> {
  if (withdrawals.length === 0 || !(await hasSubscribers(tx, 'promise.kept_late'))) return;
  for (const data of withdrawals)
    await publishWebhookMessage(tx, orgId, { type: 'promise.kept_late', data });
}
