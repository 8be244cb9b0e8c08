import {
  CASE_CATEGORIES,
  CASE_PRIORITIES,
  type TCaseCategory,
  type TCasePriority,
} from './case-vocabulary.ts';

/** The event type that opens a case when it is ingested. */
export const CASE_OPENED_EVENT = 'case.opened';

export interface TCaseFromEvent {
  subject: string;
  description: string | null;
  category: TCaseCategory;
  priority: TCasePriority;
}

function text(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (allowed as readonly string[]).includes(lower) ? (lower as T) : fallback;
}

/**
 * What a `case.opened` event says about its case. Attributes read: `subject` (or `title`),
 * `description`, `category` and `priority`; anything missing or unknown gets a default, so an
 * event is never refused for the case it opens.
 */
export function caseFromEvent(event: {
  source: string;
  externalId: string;
  attributes: Record<string, unknown>;
}): TCaseFromEvent {
  const { attributes } = event;
  const subject =
    text(attributes.subject, 200) ??
    text(attributes.title, 200) ??
    `Case ${event.externalId} from ${event.source}`.slice(0, 200);
  return {
    subject,
    description: text(attributes.description, 10_000),
    category: oneOf(attributes.category, CASE_CATEGORIES, 'other'),
    priority: oneOf(attributes.priority, CASE_PRIORITIES, 'normal'),
  };
}
