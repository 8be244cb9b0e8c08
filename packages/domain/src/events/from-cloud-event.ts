import { isPlainObject } from './event-fields.ts';
import type { TEventProblem } from './event-input.ts';

/** Fields of `data` that name the event's own properties; the rest of `data` is attributes. */
const DATA_FIELDS = ['customer', 'department', 'valueChain', 'stage', 'amount', 'attributes'];
const CUSTOMER_ID = /^cus_[0-9a-z]{26}$/;

export type TCloudEventResult =
  | { ok: true; input: Record<string, unknown> }
  | { ok: false; problems: TEventProblem[] };

function readData(data: unknown): Record<string, unknown> {
  if (isPlainObject(data)) return data;
  return data === undefined || data === null ? {} : { attributes: { data } };
}

function customerOf(subject: unknown, source: unknown, data: Record<string, unknown>): unknown {
  if (data.customer !== undefined) return data.customer;
  if (typeof subject !== 'string' || subject === '') return undefined;
  return CUSTOMER_ID.test(subject) ? subject : { source, externalId: subject };
}

/**
 * A CloudEvents 1.0 event (structured JSON form) as an event input: `source` and `id` are
 * the idempotency key, `type` the type, `time` when it happened (the time it arrives when
 * absent), `subject` the customer (a cus_ id, or the customer's id in the same source), and
 * `data` the amount, department, value chain, stage and attributes.
 */
export function fromCloudEvent(raw: unknown, now: Date): TCloudEventResult {
  if (!isPlainObject(raw))
    return {
      ok: false,
      problems: [{ pointer: '', message: 'a CloudEvent must be a JSON object' }],
    };
  if (raw.specversion !== '1.0') {
    return {
      ok: false,
      problems: [{ pointer: '/specversion', message: 'must be "1.0" (CloudEvents 1.0)' }],
    };
  }
  if (raw.data_base64 !== undefined)
    return {
      ok: false,
      problems: [
        { pointer: '/data_base64', message: 'binary data is not accepted; send JSON data' },
      ],
    };
  const data = readData(raw.data);
  const extra = Object.fromEntries(
    Object.entries(data).filter(([key]) => !DATA_FIELDS.includes(key)),
  );
  const given = isPlainObject(data.attributes) ? data.attributes : {};
  const input: Record<string, unknown> = {
    source: raw.source,
    externalId: raw.id,
    type: raw.type,
    occurredAt: raw.time ?? now.toISOString(),
    customer: customerOf(raw.subject, raw.source, data),
    attributes:
      data.attributes !== undefined && !isPlainObject(data.attributes)
        ? data.attributes
        : { ...extra, ...given },
  };
  for (const field of ['department', 'valueChain', 'stage', 'amount'])
    if (data[field] !== undefined) input[field] = data[field];
  return { ok: true, input };
}
