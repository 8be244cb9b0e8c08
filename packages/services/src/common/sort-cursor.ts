import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { AppError } from './app-error.ts';

type TSortValue = string | number;

export interface TSortField<TRow> {
  /** What to order by; give nullable columns a coalesce so the keyset stays total. */
  expression: SQL | AnyColumn;
  valueOf: (row: TRow) => TSortValue;
}

export interface TKeyset<TRow> {
  where: SQL | undefined;
  orderBy: SQL[];
  /** The page of `rows` (fetched with limit + 1) and the cursor of the next page. */
  toPage<T extends TRow, R>(
    rows: T[],
    limit: number,
    map: (row: T) => R,
  ): { items: R[]; nextCursor: string | null };
}

const ID = /^[a-z]{3}_[0-9a-z]{26}$/;

function invalidCursor(): AppError {
  return new AppError('validation_failed', {
    detail: 'The cursor is not one this API gave out for this sort; start again without it.',
    errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
  });
}

function decode(cursor: string, sort: string): { value: TSortValue; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [sortOf, value, id] = parsed as unknown[];
  const valueOk =
    typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (sortOf !== sort || !valueOk || typeof id !== 'string' || !ID.test(id)) throw invalidCursor();
  return { value: value as TSortValue, id };
}

/**
 * Keyset pagination over a whitelisted sort (`name` or `-name`): rows are ordered by the
 * field then the id, and the cursor carries the last row's sort value and id, so pages
 * neither repeat nor skip rows while others are added. `createdAt` sorts by the id, which is
 * time-ordered.
 */
export function buildKeyset<TRow extends { id: string }>(options: {
  sort: string;
  cursor: string | undefined;
  fields: Record<string, TSortField<TRow>>;
  id: AnyColumn;
}): TKeyset<TRow> {
  const descending = options.sort.startsWith('-');
  const fieldName = descending ? options.sort.slice(1) : options.sort;
  const field = options.fields[fieldName];
  if (!field) throw new Error(`sort ${fieldName} has no keyset field`);
  const after = options.cursor ? decode(options.cursor, options.sort) : null;
  const direction = descending ? sql`<` : sql`>`;
  const order = descending ? desc : asc;
  return {
    where: after
      ? sql`(${field.expression}, ${options.id}) ${direction} (${after.value}, ${after.id})`
      : undefined,
    orderBy: [order(field.expression), order(options.id)],
    toPage(rows, limit, map) {
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const nextCursor =
        rows.length > limit && last
          ? Buffer.from(JSON.stringify([options.sort, field.valueOf(last), last.id])).toString(
              'base64url',
            )
          : null;
      return { items: page.map(map), nextCursor };
    },
  };
}
