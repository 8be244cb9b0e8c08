/** Every events query starts with this: an upload refreshes the stats, the lists and the rules. */
export const EVENTS_QUERY_KEY = ['events'] as const;
