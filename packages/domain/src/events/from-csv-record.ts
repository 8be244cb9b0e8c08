import { EVENT_FIELDS } from './event-input.ts';

const COLUMNS = new Map(EVENT_FIELDS.map((field) => [field.toLowerCase(), field]));
const ATTRIBUTE_PREFIX = /^(attributes|attr)\./i;

function parseAttributesCell(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    // Handed on as is: the parser then names the cell as not an object.
    return cell;
  }
}

/**
 * One CSV row (header → cell) as an event input. Known columns are matched without regard
 * to case; an `attributes` column holds JSON; `attributes.x` or `attr.x` columns, and any
 * other column, become attributes, so an export from another system imports as it is.
 */
export function fromCsvRecord(record: Record<string, string>): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  let attributes: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [header, cell] of Object.entries(record)) {
    const name = header.trim();
    const field = COLUMNS.get(name.toLowerCase());
    if (cell === '' || cell === undefined) continue;
    if (field === 'attributes') {
      const parsed = parseAttributesCell(cell);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        attributes = { ...(parsed as Record<string, unknown>) };
      else event.attributes = parsed;
    } else if (field) event[field] = cell;
    else extra[name.replace(ATTRIBUTE_PREFIX, '')] = cell;
  }
  if (!('attributes' in event)) event.attributes = { ...attributes, ...extra };
  return event;
}
