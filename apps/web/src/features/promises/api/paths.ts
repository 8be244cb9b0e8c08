/** The promises API, in one place: the routes' paths as the server declares them. */
const segment = encodeURIComponent;

export const PROMISE_PATHS = {
  promises: '/api/promises',
  promise: (promiseId: string) => `/api/promises/${segment(promiseId)}`,
  preview: '/api/promises/preview',
  evaluations: (promiseId: string) => `/api/promises/${segment(promiseId)}/evaluations`,
  evaluation: (promiseId: string, evaluationId: string) =>
    `/api/promises/${segment(promiseId)}/evaluations/${segment(evaluationId)}`,
  compliance: '/api/promise-compliance',
  outcomesCsv: '/api/promise-outcomes/export',
  breaches: '/api/promise-breaches',
  breachesCsv: '/api/promise-breaches/export',
  breach: (breachId: string) => `/api/promise-breaches/${segment(breachId)}`,
  calendars: '/api/business-calendars',
  calendar: (calendarId: string) => `/api/business-calendars/${segment(calendarId)}`,
  charter: (orgSlug: string) => `/api/public/charters/${segment(orgSlug)}`,
} as const;

/** A link to a CSV export: the same filters as the screen, as a query string. */
export function buildExportUrl(
  path: string,
  query: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
