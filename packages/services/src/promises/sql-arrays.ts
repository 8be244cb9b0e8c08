import { type SQL, sql } from 'drizzle-orm';

/*
 * Drizzle spreads a JS array in a sql template into a list of parameters; ANY(), unnest()
 * and array columns need one array parameter, cast. (voice/sql-arrays.ts does the same: the
 * two belong in common/ once both modules have landed.)
 */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

export function bigintArray(values: readonly (string | bigint)[]): SQL {
  return sql`${sql.param(values.map(String))}::bigint[]`;
}

export function dateArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::date[]`;
}
