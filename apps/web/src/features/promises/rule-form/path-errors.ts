import type { TProblem } from '@customeric/contracts';

/** Dotted path → message, e.g. `rule.opener.where.0.value` → "is required". */
export type TPathErrors = Record<string, string>;

interface TIssue {
  path: readonly PropertyKey[];
  message: string;
}

/*
 * The rule's JSON says start/end or scope/event by kind; the form says opener/closer for both,
 * so one field shows the error whichever name the schema used.
 */
const MATCHER_NAMES: Record<string, string> = {
  start: 'opener',
  scope: 'opener',
  end: 'closer',
  event: 'closer',
};

function toKey(segments: readonly string[]): string {
  const [first, second, ...rest] = segments;
  if (first === 'rule' && second !== undefined && second in MATCHER_NAMES)
    return ['rule', MATCHER_NAMES[second], ...rest].join('.');
  return segments.join('.');
}

function addError(result: TPathErrors, segments: readonly string[], message: string): void {
  const key = toKey(segments) || '_';
  result[key] ??= message;
}

/** From the problem's `errors[]`, whose pointers look like `/rule/start/where/0/value`. */
export function getProblemPathErrors(problem: TProblem | undefined): TPathErrors {
  const result: TPathErrors = {};
  for (const error of problem?.errors ?? []) {
    const segments = error.pointer
      .replace(/^#?\//, '')
      .split('/')
      .filter(Boolean)
      .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
    addError(result, segments, error.message);
  }
  return result;
}

/** From the issues of a contract schema's `safeParse`, run before a request is sent. */
export function getIssuePathErrors(issues: readonly TIssue[], prefix: readonly string[] = []) {
  const result: TPathErrors = {};
  for (const issue of issues)
    addError(result, [...prefix, ...issue.path.map(String)], issue.message);
  return result;
}
