import type { TProblem } from '@customeric/contracts';

/** Field name → message, for showing errors beside the fields they belong to. */
export type TFieldErrors = Record<string, string>;

interface TIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** From the problem's `errors[]`, whose pointers look like `/email` or `/scopes/0`. */
export function getProblemFieldErrors(problem: TProblem | undefined): TFieldErrors {
  const result: TFieldErrors = {};
  for (const error of problem?.errors ?? []) {
    const field = error.pointer.replace(/^#?\//, '').split('/')[0] || '_';
    result[field] ??= error.message;
  }
  return result;
}

/** From the issues of a contract schema's `safeParse`, run before sending the form. */
export function getIssueFieldErrors(issues: readonly TIssue[]): TFieldErrors {
  const result: TFieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_');
    result[field] ??= issue.message;
  }
  return result;
}
