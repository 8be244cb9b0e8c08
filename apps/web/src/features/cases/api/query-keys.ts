/** Every cases query starts with this, so one change refreshes lists, pages and ledgers. */
export const CASES_QUERY_KEY = ['cases'] as const;
