import { AppError } from '../common/app-error.ts';

function invalidCursor(): AppError {
  return new AppError('validation_failed', {
    detail: 'The cursor is not one this API gave out; start again without it.',
    errors: [{ pointer: '/cursor', message: 'is not a valid cursor' }],
  });
}

/** The timeline's keyset: the last row's occurred_at and id, base64url JSON. */
export function encodeTimelineCursor(occurredAt: string, id: string): string {
  return Buffer.from(JSON.stringify([occurredAt, id.replace('evt_', '')])).toString('base64url');
}

export function decodeTimelineCursor(
  cursor: string | undefined,
): { at: string; id: string } | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const [at, id] = Array.isArray(parsed) ? parsed : [];
    if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && /^\d{1,19}$/.test(String(id)))
      return { at, id: String(id) };
  } catch {
    // falls through to the problem below
  }
  throw invalidCursor();
}

/** Lists ordered by id alone (newest first): the cursor is the last id seen. */
export function decodeIdCursor(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (/^\d{1,19}$/.test(id)) return id;
  throw invalidCursor();
}

export function encodeIdCursor(id: string): string {
  return Buffer.from(id.replace('evt_', '')).toString('base64url');
}
