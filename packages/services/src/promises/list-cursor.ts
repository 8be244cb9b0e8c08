import { AppError } from '../common/app-error.ts';

/** Keyset cursors of the outcome and breach lists: the last row's sort values, base64url JSON. */
export function encodeListCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeListCursor(cursor: string | undefined, length: number): string[] | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === length &&
      parsed.every((value) => typeof value === 'string') &&
      !Number.isNaN(Date.parse(String(parsed[0])))
    )
      return parsed;
  } catch {
    // answered below
  }
  throw new AppError('validation_failed', {
    detail: 'The cursor is not one this API gave out; start again without it.',
    errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
  });
}

/** A date alone means its whole day: `to=2026-03-01` includes the 1st of March. */
export function momentBound(value: string, end: boolean): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value).toISOString();
  const day = new Date(`${value}T00:00:00Z`);
  if (end) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}
