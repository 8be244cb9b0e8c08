import type { TScoreDimension, TScoreFilters } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import type { TScoreCounts, TScoreGrain, TScoreKind } from '@customeric/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  COUNT_SUMS,
  DIMENSION_COLUMNS,
  filterConditions,
  storedGrain,
  type TCountRow,
} from './score-scope.ts';

export interface TCountsRequest {
  /** Named in the query as well as by row-level security, so the key's index can be used. */
  orgId: string;
  kind: TScoreKind;
  grain: TScoreGrain;
  /** First day of the first period and of the period after the last. */
  from: string;
  to: string;
  filters: TScoreFilters;
  /** Split by these dimensions (their stored values, '' for none). */
  by?: readonly TScoreDimension[];
}

export interface TPeriodCounts {
  start: string;
  keys: string[];
  counts: TScoreCounts;
}

/**
 * Sums the stored counts per period (and per dimension value when asked): weeks from weekly
 * rows, months, quarters and years from monthly ones. A few thousand rows at most, whatever
 * the number of answers.
 */
export async function readScoreCounts(
  tx: TTransaction,
  request: TCountsRequest,
): Promise<TPeriodCounts[]> {
  const by = request.by ?? [];
  const keys: SQL[] = by.map(
    (dimension, index) => sql`${DIMENSION_COLUMNS[dimension]} AS ${sql.raw(`k${index}`)}`,
  );
  const groups = by.map((_, index) => sql.raw(String(index + 2)));
  // Weeks and months are stored as such: only quarters and years need truncating. Grouping on
  // the raw date and formatting after keeps the per-row work down.
  const start =
    request.grain === 'week' || request.grain === 'month'
      ? sql`period_start`
      : sql`date_trunc(${request.grain}, period_start::timestamp)::date`;
  const result = await tx.execute<TCountRow & Record<string, string>>(sql`
    SELECT start::text AS start ${
      keys.length > 0
        ? sql`, ${sql.join(
            by.map((_, index) => sql.raw(`k${index}`)),
            sql`, `,
          )}`
        : sql``
    },
      n, promoters, passives, detractors, top2, sum, sumsq
    FROM (
      SELECT ${start} AS start ${keys.length > 0 ? sql`, ${sql.join(keys, sql`, `)}` : sql``}, ${COUNT_SUMS}
      FROM score_counts
      WHERE org_id = ${request.orgId} AND kind = ${request.kind} AND grain = ${storedGrain(request.grain)}
        AND period_start >= ${request.from}::date AND period_start < ${request.to}::date
        ${filterConditions(request.filters)}
      GROUP BY ${sql.join([sql.raw('1'), ...groups], sql`, `)}) counts`);
  return result.rows.map((row) => ({
    start: row.start as string,
    keys: by.map((_, index) => row[`k${index}`] as string),
    counts: {
      n: Number(row.n),
      promoters: Number(row.promoters),
      passives: Number(row.passives),
      detractors: Number(row.detractors),
      top2: Number(row.top2),
      sum: Number(row.sum),
      sumsq: Number(row.sumsq),
    },
  }));
}
