import { compileValueReader, type TValueReader } from './event-value.ts';
import type { TPromiseEvent, TPromiseRule, TSubject } from './promise-rule.ts';

export type TSubjectReader = (event: TPromiseEvent) => string | null;

/**
 * Whom or what a promise is kept for: the customer, or any attribute (an order id, a case id).
 * Text and finite numbers name a subject; an event without one (missing, empty, an object) is
 * not about any subject and is ignored.
 */
export function compileSubjectReader(subject: TSubject): TSubjectReader {
  if (subject.kind === 'customer') return (event) => event.customerId || null;
  const read: TValueReader = compileValueReader(subject.attribute);
  return (event) => toSubjectKey(read(event));
}

const readers = new WeakMap<TSubject, TSubjectReader>();

/** The subject of an event under a rule; null when it has none. Cached per rule object. */
export function subjectKeyOf(rule: TPromiseRule, event: TPromiseEvent): string | null {
  let read = readers.get(rule.subject);
  if (!read) {
    read = compileSubjectReader(rule.subject);
    readers.set(rule.subject, read);
  }
  return read(event);
}

function toSubjectKey(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}
