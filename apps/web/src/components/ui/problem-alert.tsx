import { isApiError } from '../../lib/api-client.ts';

interface TProblemAlertProps {
  error: unknown;
  /** Shown above the server's detail, e.g. "The user was not created". */
  title?: string;
}

function normalize(text: string): string {
  return text
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase();
}

/** The server's problem `detail`, announced to screen readers as it appears. */
export function ProblemAlert({ error, title }: TProblemAlertProps) {
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : undefined;
  const heading = title ?? problem?.title ?? 'Something went wrong';
  const detail = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  const repeatsHeading = normalize(detail) === normalize(heading);
  return (
    <div className="alert alert--error" role="alert">
      <p className="alert__title">{heading}</p>
      {detail && !repeatsHeading ? <p className="alert__detail">{detail}</p> : null}
      {problem?.requestId && problem.status >= 500 ? (
        <p className="alert__meta">Reference: {problem.requestId}</p>
      ) : null}
    </div>
  );
}
