import { isPlainObject, readOccurredAt, readText } from '../events/event-fields.ts';
import { LANGUAGE_TAG } from './survey-kinds.ts';

/**
 * One answer as the API, a CSV row or a feedback-records group sends it, validated against
 * the survey's scale. Like events, it returns the answer or every problem with it, each
 * naming its field, and never throws: one bad row never fails the rows around it.
 */
export type TAnswerCustomerRef =
  | { kind: 'id'; id: string }
  | { kind: 'external'; source: string | null; externalId: string }
  | { kind: 'email'; email: string };

export interface TParsedAnswer {
  source: string;
  externalId: string;
  customer: TAnswerCustomerRef;
  /** A contact of that customer (`con_…`), when known. */
  contactId: string | null;
  score: number;
  comment: string | null;
  answeredAt: Date;
  language: string | null;
  /** The event the answer is about (`evt_123`), when known. */
  eventId: string | null;
  /** Answers to the survey's other questions, by question id. */
  extra: Record<string, string | number>;
}

export interface TAnswerProblem {
  pointer: string;
  message: string;
}

export type TAnswerParseResult =
  | { ok: true; answer: TParsedAnswer }
  | { ok: false; problems: TAnswerProblem[] };

export const ANSWER_LIMITS = { comment: 5_000, extraText: 2_000, extraFields: 50 } as const;

export const ANSWER_FIELDS = [
  'source',
  'externalId',
  'customerId',
  'customerExternalId',
  'customerSource',
  'contactEmail',
  'contactId',
  'score',
  'comment',
  'answeredAt',
  'language',
  'eventId',
  'answers',
] as const;

const KNOWN = new Set<string>(ANSWER_FIELDS);
const CUSTOMER_ID = /^cus_[0-9a-z]{26}$/;
const CONTACT_ID = /^con_[0-9a-z]{26}$/;
const EVENT_ID = /^evt_[1-9][0-9]{0,18}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function readCustomerRef(raw: Record<string, unknown>, problems: TAnswerProblem[]) {
  const id = readText(raw.customerId, '/customerId', 40, problems, { required: false });
  if (id) {
    if (CUSTOMER_ID.test(id)) return { kind: 'id', id } as const;
    problems.push({ pointer: '/customerId', message: 'must be a customer id starting with cus_' });
    return null;
  }
  const externalId = readText(raw.customerExternalId, '/customerExternalId', 200, problems, {
    required: false,
  });
  const source = readText(raw.customerSource, '/customerSource', 100, problems, {
    required: false,
  });
  if (externalId) return { kind: 'external', source, externalId } as const;
  const email = readText(raw.contactEmail, '/contactEmail', 254, problems, { required: false });
  if (email) {
    if (EMAIL.test(email)) return { kind: 'email', email: email.toLowerCase() } as const;
    problems.push({ pointer: '/contactEmail', message: 'must be an e-mail address' });
    return null;
  }
  problems.push({
    pointer: '/customerId',
    message: 'is required: give customerId, customerExternalId or contactEmail',
  });
  return null;
}

function readScore(
  value: unknown,
  scale: { min: number; max: number },
  problems: TAnswerProblem[],
) {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+(\.0+)?\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (value === undefined || value === null || value === '') {
    problems.push({ pointer: '/score', message: 'is required' });
    return null;
  }
  if (!Number.isInteger(number) || number < scale.min || number > scale.max) {
    problems.push({
      pointer: '/score',
      message: `must be a whole number from ${scale.min} to ${scale.max}`,
    });
    return null;
  }
  return number;
}

function readPattern(
  value: unknown,
  pointer: string,
  pattern: RegExp,
  message: string,
  problems: TAnswerProblem[],
) {
  const text = readText(value, pointer, 60, problems, { required: false });
  if (text === null) return null;
  if (pattern.test(text)) return text;
  problems.push({ pointer, message });
  return null;
}

function readLanguage(value: unknown, problems: TAnswerProblem[]) {
  const text = readText(value, '/language', 20, problems, { required: false });
  if (text === null) return null;
  const tag = text.toLowerCase().replace('_', '-');
  if (LANGUAGE_TAG.test(tag)) return tag;
  problems.push({ pointer: '/language', message: 'must be a language tag such as en or de' });
  return null;
}

function readAnsweredAt(value: unknown, now: Date, problems: TAnswerProblem[]) {
  const found: TAnswerProblem[] = [];
  const date = readOccurredAt(value, now, found);
  for (const problem of found) problems.push({ ...problem, pointer: '/answeredAt' });
  return date;
}

function readExtra(value: unknown, problems: TAnswerProblem[]): Record<string, string | number> {
  if (value === undefined || value === null) return {};
  const entries = isPlainObject(value) ? Object.entries(value) : null;
  if (!entries || entries.length > ANSWER_LIMITS.extraFields) {
    problems.push({
      pointer: '/answers',
      message: `must be an object of at most ${ANSWER_LIMITS.extraFields} answers by question id`,
    });
    return {};
  }
  const extra: Record<string, string | number> = {};
  for (const [key, item] of entries) {
    const pointer = `/answers/${key.slice(0, 60)}`;
    if (typeof item === 'number' && Number.isFinite(item)) extra[key] = item;
    else {
      const text = readText(item, pointer, ANSWER_LIMITS.extraText, problems, { required: false });
      if (text !== null) extra[key] = text;
    }
  }
  return extra;
}

/** Validates one answer against the survey's scale; `defaultSource` names where it came from. */
export function parseAnswer(
  raw: unknown,
  options: { scale: { min: number; max: number }; now: Date; defaultSource: string },
): TAnswerParseResult {
  if (!isPlainObject(raw))
    return { ok: false, problems: [{ pointer: '', message: 'an answer must be a JSON object' }] };
  const problems: TAnswerProblem[] = [];
  for (const field of Object.keys(raw)) {
    if (!KNOWN.has(field))
      problems.push({
        pointer: `/${field.replace(/~/g, '~0').replace(/\//g, '~1').slice(0, 100)}`,
        message: 'is not a field of an answer (answers to other questions go in answers)',
      });
  }
  const source =
    readText(raw.source, '/source', 100, problems, { required: false }) ?? options.defaultSource;
  const externalId = readText(raw.externalId, '/externalId', 200, problems, { required: true });
  const customer = readCustomerRef(raw, problems);
  const contactId = readPattern(
    raw.contactId,
    '/contactId',
    CONTACT_ID,
    'must be a contact id starting with con_',
    problems,
  );
  const score = readScore(raw.score, options.scale, problems);
  const comment = readText(raw.comment, '/comment', ANSWER_LIMITS.comment, problems, {
    required: false,
  });
  const answeredAt = readAnsweredAt(raw.answeredAt, options.now, problems);
  const language = readLanguage(raw.language, problems);
  const eventId = readPattern(
    raw.eventId,
    '/eventId',
    EVENT_ID,
    'must be an event id like evt_123',
    problems,
  );
  const extra = readExtra(raw.answers, problems);
  if (problems.length > 0 || !externalId || !customer || score === null || !answeredAt)
    return { ok: false, problems };
  return {
    ok: true,
    answer: {
      source,
      externalId,
      customer,
      contactId,
      score,
      comment,
      answeredAt,
      language,
      eventId,
      extra,
    },
  };
}

export function describeAnswerProblems(problems: readonly TAnswerProblem[]): string {
  return problems
    .map((problem) =>
      problem.pointer ? `${problem.pointer}: ${problem.message}` : problem.message,
    )
    .join('; ');
}
