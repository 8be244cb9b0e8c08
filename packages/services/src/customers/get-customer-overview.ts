import type { TCustomerOverview } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { getCustomerInTransaction } from './customer-query.ts';

/** The head of the customer 360 page: the account, and how much there is below it. */
export async function getCustomerOverview(
  context: TServiceContext,
  customerId: string,
): Promise<TCustomerOverview> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const customer = await getCustomerInTransaction(tx, customerId);
    const result = await tx.execute<{
      contacts: number;
      events: number;
      first_at: Date | null;
      last_at: Date | null;
    }>(sql`SELECT
        (SELECT count(*)::int FROM contacts WHERE customer_id = ${customerId}) AS contacts,
        count(*)::int AS events, min(occurred_at) AS first_at, max(occurred_at) AS last_at
      FROM events WHERE customer_id = ${customerId}`);
    const row = result.rows[0];
    const iso = (value: Date | string | null | undefined) =>
      value ? new Date(value).toISOString() : null;
    return {
      customer,
      contactCount: row?.contacts ?? 0,
      eventCount: row?.events ?? 0,
      firstEventAt: iso(row?.first_at),
      lastEventAt: iso(row?.last_at),
    };
  });
}
