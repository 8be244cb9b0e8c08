/** Every org query starts with this: one change refreshes lists, chart, map and summary. */
export const ORG_QUERY_KEY = ['org'] as const;
