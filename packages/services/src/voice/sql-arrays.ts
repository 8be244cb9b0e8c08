import { type SQL, sql } from 'drizzle-orm';

/*
 * Drizzle spreads a JS array in a sql template into a list of parameters: `ANY(${ids})`
 * would become `ANY(($1, $2))`. One array parameter, cast, is what ANY() needs.
 */
export function textArray(values: readonly string[]): SQL {
  return sql`${sql.param([...values])}::text[]`;
}

export function bigintArray(values: readonly (string | bigint)[]): SQL {
  return sql`${sql.param(values.map(String))}::bigint[]`;
}
