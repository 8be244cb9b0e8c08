/** Every access query starts with this, so one change refreshes the lists and the audit log. */
export const ACCESS_QUERY_KEY = ['access'] as const;
