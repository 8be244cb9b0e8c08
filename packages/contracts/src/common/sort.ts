import { z } from 'zod';

/**
 * A whitelisted `sort` query parameter: `name` sorts ascending, `-name` descending. Only the
 * fields listed can be sorted on, so a sort never reaches a column the caller may not read.
 */
export function ZSort<const T extends readonly [string, ...string[]]>(
  fields: T,
  fallback: T[number],
) {
  const values = fields.flatMap((field) => [field, `-${field}`]) as [string, ...string[]];
  return z
    .enum(values)
    .default(fallback)
    .meta({ description: `One of ${fields.join(', ')}; a leading - sorts descending` });
}

/** A boolean in a query string: only `true` and `false`. */
export const ZQueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');
