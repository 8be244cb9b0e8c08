/** Every webhooks query starts with this, so one change refreshes endpoints and deliveries. */
export const WEBHOOKS_QUERY_KEY = ['webhooks'] as const;
