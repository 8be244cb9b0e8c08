import { AppError } from './app-error.ts';

/** Cursors are opaque to clients: the last id of the page, base64url-encoded. */
function encodeCursor(lastId: string): string {
  return Buffer.from(lastId, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[a-z]{3}_[0-9a-z]{26}$/.test(decoded)) {
    throw new AppError('validation_failed', {
      detail: 'The cursor is not one this API gave out; start again without it.',
      errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
    });
  }
  return decoded;
}

/** Given limit+1 rows, returns the page and the cursor of the next one. */
export function toPage<T extends { id: string }, R>(rows: T[], limit: number, map: (row: T) => R) {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(map),
    nextCursor: hasMore && last ? encodeCursor(last.id) : null,
  };
}
