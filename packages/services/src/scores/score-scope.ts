import type { TScoreDimension, TScoreFilters } from '@customeric/contracts';
import { type SQL, sql } from 'drizzle-orm';

/** The score_counts column of each dimension ('' there: answers that carry none). */
export const DIMENSION_COLUMNS: Record<TScoreDimension, SQL> = {
  department: sql.raw('department_id'),
  stage: sql.raw('stage_id'),
  value_chain: sql.raw('value_chain_id'),
  segment: sql.raw('segment'),
  relationship_level: sql.raw('relationship_level'),
};

const FILTERS: [keyof TScoreFilters, TScoreDimension][] = [
  ['department', 'department'],
  ['stage', 'stage'],
  ['valueChain', 'value_chain'],
  ['segment', 'segment'],
  ['relationshipLevel', 'relationship_level'],
];

/** A filter value as stored: 'none' asks for the answers without one (stored as ''). */
export function storedValue(value: string): string {
  return value === 'none' ? '' : value;
}

/** ` AND department_id = … AND segment = …` for the filters given. */
export function filterConditions(filters: TScoreFilters): SQL {
  const parts = FILTERS.flatMap(([field, dimension]) => {
    const value = filters[field];
    return typeof value === 'string'
      ? [sql` AND ${DIMENSION_COLUMNS[dimension]} = ${storedValue(value)}`]
      : [];
  });
  return sql.join(parts, sql``);
}

/** The stored grain a reporting grain is summed from: weeks from weeks, the rest from months. */
export function storedGrain(grain: string): 'week' | 'month' {
  return grain === 'week' ? 'week' : 'month';
}

/** Sums of the counts, as numbers (bigint sums come back as text otherwise). */
export const COUNT_SUMS = sql.raw(`sum(n)::float8 AS n, sum(promoters)::float8 AS promoters,
  sum(passives)::float8 AS passives, sum(detractors)::float8 AS detractors,
  sum(top2)::float8 AS top2, sum(score_sum)::float8 AS sum, sum(score_sumsq)::float8 AS sumsq`);

export type TCountRow = {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  top2: number;
  sum: number;
  sumsq: number;
};
