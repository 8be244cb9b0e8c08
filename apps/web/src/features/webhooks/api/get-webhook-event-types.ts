import { ZWebhookEventTypeList } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { WEBHOOKS_QUERY_KEY } from './query-keys.ts';

/** The registry of event types, with descriptions and example bodies; it changes only on upgrade. */
export function useWebhookEventTypes() {
  return useQuery({
    queryKey: [...WEBHOOKS_QUERY_KEY, 'event-types'],
    queryFn: ({ signal }) =>
      apiRequest('/api/webhooks/event-types', { schema: ZWebhookEventTypeList, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
