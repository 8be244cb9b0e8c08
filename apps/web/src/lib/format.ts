const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

function isTransition(value: unknown): value is { from: unknown; to: unknown } {
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value;
}

/**
 * Audit changes as short lines of JSON values, one per field; `{from, to}` pairs read as
 * `role: "employee" → "board"`.
 */
export function formatChanges(changes: Record<string, unknown>, maxLength = 160): string[] {
  return Object.entries(changes).map(([field, value]) => {
    const text = isTransition(value)
      ? `${JSON.stringify(value.from)} → ${JSON.stringify(value.to)}`
      : (JSON.stringify(value) ?? 'null');
    const line = `${field}: ${text}`;
    return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
  });
}

/** An id such as usr_01h… is long; its tail is enough to tell two apart at a glance. */
export function shortenId(id: string): string {
  const [prefix, rest] = id.split('_', 2);
  return rest && rest.length > 8 ? `${prefix}_…${rest.slice(-6)}` : id;
}
