import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readPromise } from './promise-query.ts';

/**
 * Deletes a promise that never had an outcome (a draft saved by mistake). One that was
 * measured is part of the record: it is deactivated instead.
 */
export async function deletePromise(context: TServiceContext, promiseId: string): Promise<void> {
  await withTenant(context.database, context.actor.orgId, async (tx) => {
    const promise = await readPromise(tx, promiseId);
    const used = await tx.execute(sql`
      SELECT 1 FROM promise_outcomes WHERE promise_id = ${promiseId}
      UNION ALL SELECT 1 FROM promise_breaches WHERE promise_id = ${promiseId} LIMIT 1`);
    if (used.rows.length > 0)
      throw new AppError('conflict', {
        detail: `"${promise.internalName}" has been measured: deactivate it instead of deleting it, so its history stays.`,
      });
    await tx.execute(sql`DELETE FROM promises WHERE id = ${promiseId}`);
  });
}
