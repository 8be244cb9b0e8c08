/** Every promises query starts with this: a saved promise refreshes lists, compliance and breaches. */
export const PROMISES_QUERY_KEY = ['promises'] as const;
