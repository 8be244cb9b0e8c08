/** Every voice query starts with this: a change to surveys, answers or themes refreshes them all. */
export const VOICE_QUERY_KEY = ['voice'] as const;
