import type { TPromiseEvent } from './promise-rule.ts';

export type TValueReader = (event: TPromiseEvent) => unknown;

/**
 * A reader for a path into an event, built once per rule. `id`, `customerId`, `type`,
 * `occurredAt` (as ISO text) and `amount` are the event's own fields; `attributes.x.y` and the
 * shorthand `x.y` read its attributes (write `attributes.amount` for an attribute that shares a
 * field's name). Only own properties are read, so `constructor` is never found by accident.
 */
export function compileValueReader(path: string): TValueReader {
  switch (path) {
    case 'id':
      return (event) => event.id;
    case 'customerId':
      return (event) => event.customerId;
    case 'type':
      return (event) => event.type;
    case 'amount':
      return (event) => event.amount;
    case 'occurredAt':
      return (event) => event.occurredAt.toISOString();
  }
  const keys = (path.startsWith('attributes.') ? path.slice('attributes.'.length) : path).split(
    '.',
  );
  if (keys.length === 1) {
    const [key = ''] = keys;
    return (event) => (Object.hasOwn(event.attributes, key) ? event.attributes[key] : undefined);
  }
  return (event) => readPath(event.attributes, keys);
}

function readPath(root: unknown, keys: readonly string[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A finite number from a number or numeric text ('120.50'); null for anything else. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Equal as JSON values, where a number and numeric text with the same value are equal. */
export function looselyEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof b === 'number') {
    const left = toNumber(a);
    return left !== null && left === toNumber(b);
  }
  return false;
}
