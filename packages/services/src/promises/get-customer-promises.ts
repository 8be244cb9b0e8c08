import type { TCustomerPromises } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { getCustomerInTransaction } from '../customers/customer-query.ts';
import { selectOutcomes } from './outcome-list-query.ts';
import { rateOf } from './promise-query.ts';

type TRow = {
  promise_id: string;
  customer_wording: string;
  internal_name: string;
  kept: number;
  broken: number;
  open: number;
  last_broken_at: Date | string | null;
};

/** The customer 360's promises: per promise kept / broken / open, the latest outcomes. */
export async function getCustomerPromises(
  context: TServiceContext,
  customerId: string,
): Promise<TCustomerPromises> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await getCustomerInTransaction(tx, customerId);
    const counts = await tx.execute<TRow>(sql`
      SELECT o.promise_id, p.customer_wording, p.internal_name,
        count(*) FILTER (WHERE o.status = 'kept')::int AS kept,
        count(*) FILTER (WHERE o.status = 'broken')::int AS broken,
        count(*) FILTER (WHERE o.status = 'open')::int AS open,
        max(o.resolved_at) FILTER (WHERE o.status = 'broken') AS last_broken_at
      FROM promise_outcomes o JOIN promises p ON p.org_id = o.org_id AND p.id = o.promise_id
      WHERE o.customer_id = ${customerId}
      GROUP BY o.promise_id, p.customer_wording, p.internal_name
      ORDER BY count(*) FILTER (WHERE o.status = 'broken') DESC, p.internal_name`);
    const active = await tx.execute<{ count: number }>(sql`
      SELECT count(*)::int AS count FROM promise_breaches
      WHERE customer_id = ${customerId} AND withdrawn_at IS NULL`);
    const recent = await selectOutcomes(tx, { customerId }, null, 20);
    const promises = counts.rows.map((row) => ({
      promiseId: row.promise_id,
      customerWording: row.customer_wording,
      internalName: row.internal_name,
      kept: row.kept,
      broken: row.broken,
      open: row.open,
      rate: rateOf(row.kept, row.broken),
      lastBrokenAt: row.last_broken_at ? new Date(row.last_broken_at).toISOString() : null,
    }));
    const sum = (field: 'kept' | 'broken' | 'open') =>
      promises.reduce((total, promise) => total + promise[field], 0);
    return {
      customerId,
      totals: {
        kept: sum('kept'),
        broken: sum('broken'),
        open: sum('open'),
        rate: rateOf(sum('kept'), sum('broken')),
      },
      promises,
      recent: recent.rows,
      activeBreaches: active.rows[0]?.count ?? 0,
    };
  });
}
