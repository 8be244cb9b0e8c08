/** Every customers query starts with this, so one change refreshes lists, pages and timelines. */
export const CUSTOMERS_QUERY_KEY = ['customers'] as const;
