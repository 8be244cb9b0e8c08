import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { textArray } from '../../common/sql-arrays.ts';

/** Segments of customers, loaded once per customer per evaluation run. */
export type TSegmentCache = Map<string, string | null>;

export async function loadSegments(
  tx: TTransaction,
  cache: TSegmentCache,
  customerIds: Iterable<string>,
): Promise<void> {
  const missing = [...new Set(customerIds)].filter((id) => !cache.has(id));
  if (missing.length === 0) return;
  const result = await tx.execute<{ id: string; segment: string | null }>(sql`
    SELECT id, segment FROM customers WHERE id = ANY(${textArray(missing)})`);
  for (const id of missing) cache.set(id, null);
  for (const row of result.rows) cache.set(row.id, row.segment);
}
