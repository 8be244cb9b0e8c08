import { EVENT_LIMITS, type TCustomerRef, type TEventProblem } from './event-input.ts';

/*
 * Field checks of the event parser. Each returns the value or pushes a problem; none throws.
 * PostgreSQL refuses NUL characters in text and lone UTF-16 surrogates in jsonb, so strings
 * with either are refused here, one row at a time, instead of failing a whole batch.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|\p{Cs}/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ids and types must not hold control characters
const CONTROL = /[\u0000-\u001f\u007f]/;
const TYPE = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;
const CUSTOMER_ID = /^cus_[0-9a-z]{26}$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})$/;

export type TProblems = TEventProblem[];

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export function readText(
  value: unknown,
  pointer: string,
  max: number,
  problems: TProblems,
  options: { required: boolean },
): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (isBlank(value) || (typeof value === 'string' && value.trim() === '')) {
    if (options.required) problems.push({ pointer, message: 'is required' });
    return null;
  }
  if (typeof value !== 'string') {
    problems.push({ pointer, message: 'must be text' });
    return null;
  }
  const text = value.trim();
  if (text.length > max) problems.push({ pointer, message: `must be at most ${max} characters` });
  else if (CONTROL.test(text) || UNSTORABLE.test(text))
    problems.push({ pointer, message: 'must not contain control characters or broken Unicode' });
  else return text;
  return null;
}

export function readType(value: unknown, problems: TProblems): string | null {
  const text = readText(value, '/type', EVENT_LIMITS.type, problems, { required: true });
  if (text === null) return null;
  const type = text.toLowerCase();
  if (TYPE.test(type)) return type;
  problems.push({ pointer: '/type', message: 'must be dot-separated words, e.g. order.placed' });
  return null;
}

const DATE_TIME_PROBLEM = 'must be a date-time with a time zone, e.g. 2026-03-01T09:30:00Z';

/** ISO 8601 / RFC 3339 with a zone, checked field by field (Date rolls 02-30 over to March). */
function toDate(text: string): Date | null {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, , second = '00', fraction = '', zone = 'Z'] = match;
  const numbers = [year, month, day, hour, minute, second].map(Number) as number[];
  const [y, mo, d, h, mi, s] = numbers as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  const offset = /^[Zz]$/.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  if (offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4)) > 59))
    return null;
  const millis = fraction.slice(1, 4).padEnd(3, '0');
  const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function readOccurredAt(value: unknown, now: Date, problems: TProblems): Date | null {
  if (isBlank(value)) {
    problems.push({ pointer: '/occurredAt', message: 'is required' });
    return null;
  }
  const date = typeof value === 'string' && value.length <= 40 ? toDate(value) : null;
  if (!date) {
    problems.push({ pointer: '/occurredAt', message: DATE_TIME_PROBLEM });
    return null;
  }
  if (date.getTime() - now.getTime() > EVENT_LIMITS.futureMs) {
    problems.push({ pointer: '/occurredAt', message: 'is more than a day in the future' });
    return null;
  }
  return date;
}

export function readAmount(value: unknown, problems: TProblems): string | null {
  if (isBlank(value)) return null;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isFinite(number) || Math.abs(number) >= EVENT_LIMITS.amountAbs) {
    problems.push({ pointer: '/amount', message: 'must be a number below 10 000 000 000 000' });
    return null;
  }
  return number.toFixed(2);
}

function readCustomerObject(
  value: Record<string, unknown>,
  source: string | null,
  problems: TProblems,
) {
  if (!isBlank(value.id)) return readCustomerId(value.id, '/customer/id', problems);
  const externalId = readText(
    value.externalId,
    '/customer/externalId',
    EVENT_LIMITS.reference,
    problems,
    {
      required: true,
    },
  );
  const ownSource = readText(value.source, '/customer/source', EVENT_LIMITS.source, problems, {
    required: false,
  });
  const customerSource = ownSource ?? source;
  return externalId && customerSource
    ? ({ kind: 'external', source: customerSource, externalId } as const)
    : null;
}

function readCustomerId(value: unknown, pointer: string, problems: TProblems): TCustomerRef | null {
  if (typeof value === 'string' && CUSTOMER_ID.test(value.trim()))
    return { kind: 'id', id: value.trim() };
  problems.push({ pointer, message: 'must be a customer id starting with cus_' });
  return null;
}

/**
 * The customer an event is about: `customer` as an id or `{ id }` or `{ source, externalId }`,
 * or the flat `customerId` / `customerExternalId` (+ `customerSource`) of CSV files. An
 * external id without a source is looked up in the event's own source.
 */
export function readCustomer(
  raw: Record<string, unknown>,
  source: string | null,
  problems: TProblems,
): TCustomerRef | null {
  const { customer } = raw;
  if (typeof customer === 'string') return readCustomerId(customer, '/customer', problems);
  if (isPlainObject(customer)) return readCustomerObject(customer, source, problems);
  if (!isBlank(customer)) {
    problems.push({
      pointer: '/customer',
      message: 'must be a customer id or { source, externalId }',
    });
    return null;
  }
  if (!isBlank(raw.customerId)) return readCustomerId(raw.customerId, '/customerId', problems);
  if (!isBlank(raw.customerExternalId)) {
    return readCustomerObject(
      { externalId: raw.customerExternalId, source: raw.customerSource },
      source,
      problems,
    );
  }
  problems.push({
    pointer: '/customer',
    message: 'is required: a customer id or { source, externalId }',
  });
  return null;
}

function checkJsonValue(value: unknown, depth: number): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? 'broken' : null;
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'number';
  if (depth > EVENT_LIMITS.attributesDepth) return 'deep';
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = checkJsonValue(item, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (!isPlainObject(value)) return 'type';
  for (const [key, item] of Object.entries(value)) {
    const problem = UNSTORABLE.test(key) ? 'broken' : checkJsonValue(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

const ATTRIBUTE_PROBLEMS: Record<string, string> = {
  broken: 'must not contain NUL characters or broken Unicode',
  number: 'must hold only finite numbers',
  deep: `must not be nested more than ${EVENT_LIMITS.attributesDepth} levels deep`,
  type: 'must hold only JSON values',
};

export function readAttributes(value: unknown, problems: TProblems): Record<string, unknown> {
  if (isBlank(value)) return {};
  if (!isPlainObject(value)) {
    problems.push({ pointer: '/attributes', message: 'must be an object' });
    return {};
  }
  const problem = checkJsonValue(value, 0);
  if (problem) {
    problems.push({ pointer: '/attributes', message: ATTRIBUTE_PROBLEMS[problem] ?? problem });
    return {};
  }
  // A UTF-16 unit is at most 3 bytes of UTF-8: count exactly only when it could be too long.
  const json = JSON.stringify(value);
  const tooLong =
    json.length * 3 > EVENT_LIMITS.attributesBytes &&
    new TextEncoder().encode(json).length > EVENT_LIMITS.attributesBytes;
  if (tooLong) {
    problems.push({ pointer: '/attributes', message: 'must be at most 16 KB as JSON' });
    return {};
  }
  return value;
}
