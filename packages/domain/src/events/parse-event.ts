import {
  isPlainObject,
  readAmount,
  readAttributes,
  readCustomer,
  readOccurredAt,
  readText,
  readType,
} from './event-fields.ts';
import {
  EVENT_FIELDS,
  EVENT_LIMITS,
  type TEventParseResult,
  type TEventProblem,
} from './event-input.ts';

const KNOWN = new Set<string>(EVENT_FIELDS);

/**
 * Validates one event as sent by any ingest path. Whatever the input, it returns either the
 * event to store or every problem with it, each naming its field; it never throws, so one bad
 * row can never fail the rows around it.
 */
export function parseEvent(raw: unknown, now: Date): TEventParseResult {
  if (!isPlainObject(raw)) {
    return { ok: false, problems: [{ pointer: '', message: 'an event must be a JSON object' }] };
  }
  const problems: TEventProblem[] = [];
  for (const field of Object.keys(raw)) {
    if (!KNOWN.has(field))
      problems.push({
        pointer: `/${field.replace(/~/g, '~0').replace(/\//g, '~1').slice(0, 100)}`,
        message: 'is not a field of an event (put extra data in attributes)',
      });
  }
  const required = { required: true };
  const optional = { required: false };
  const source = readText(raw.source, '/source', EVENT_LIMITS.source, problems, required);
  const externalId = readText(
    raw.externalId,
    '/externalId',
    EVENT_LIMITS.externalId,
    problems,
    required,
  );
  const customer = readCustomer(raw, source, problems);
  const type = readType(raw.type, problems);
  const occurredAt = readOccurredAt(raw.occurredAt, now, problems);
  const limit = EVENT_LIMITS.reference;
  const department = readText(raw.department, '/department', limit, problems, optional);
  const valueChain = readText(raw.valueChain, '/valueChain', limit, problems, optional);
  const stage = readText(raw.stage, '/stage', limit, problems, optional);
  const amount = readAmount(raw.amount, problems);
  const attributes = readAttributes(raw.attributes, problems);
  if (problems.length > 0 || !source || !externalId || !customer || !type || !occurredAt) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    event: {
      source,
      externalId,
      customer,
      type,
      occurredAt,
      department,
      valueChain,
      stage,
      amount,
      attributes,
    },
  };
}
