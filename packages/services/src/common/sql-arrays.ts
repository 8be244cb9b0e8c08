import { type SQL, sql } from 'drizzle-orm';

/*
 * Drizzle spreads a JS array in a sql template into a list of parameters; ANY(), unnest()
 * and array columns need one array parameter, cast.
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

/** One column of rows passed to `unnest`: its name in the record, its SQL type, its value. */
export type TUnnestColumn<T> = [name: string, type: string, value: (row: T) => unknown];

/**
 * Rows as `unnest(array, array, …) AS r(col, col, …)`: one typed array parameter per column.
 * PostgreSQL reads typed arrays about five times faster than json_to_recordset reads the same
 * rows as JSON (40,000 outcomes: 0.4 s against 2.1 s), which is most of a bulk write's cost.
 * An array column travels as text (`'1 2 3'`) and is split back with string_to_array.
 */
export function unnestRows<T>(rows: readonly T[], columns: readonly TUnnestColumn<T>[]): SQL {
  const arrays = columns.map(
    ([, type, value]) =>
      sql`${sql.param(rows.map((row) => value(row) ?? null))}::${sql.raw(type)}[]`,
  );
  const names = columns.map(([name]) => name).join(', ');
  return sql`unnest(${sql.join(arrays, sql`, `)}) AS r(${sql.raw(names)})`;
}
