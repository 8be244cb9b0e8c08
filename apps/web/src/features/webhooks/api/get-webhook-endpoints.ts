import { ZWebhookEndpoint, ZWebhookEndpointList } from '@customeric/contracts';
import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { WEBHOOKS_QUERY_KEY } from './query-keys.ts';

const PAGE_SIZE = 50;

function getWebhookEndpoints(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/webhooks/endpoints', {
    query: { limit: PAGE_SIZE, cursor },
    schema: ZWebhookEndpointList,
    signal,
  });
}

function getWebhookEndpointsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...WEBHOOKS_QUERY_KEY, 'endpoints'],
    queryFn: ({ pageParam, signal }) => getWebhookEndpoints(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useWebhookEndpoints() {
  return useInfiniteQuery(getWebhookEndpointsQueryOptions());
}

export function useWebhookEndpoint(endpointId: string) {
  return useQuery({
    queryKey: [...WEBHOOKS_QUERY_KEY, 'endpoint', endpointId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/webhooks/endpoints/${encodeURIComponent(endpointId)}`, {
        schema: ZWebhookEndpoint,
        signal,
      }),
    // While a delivery is on its way its outcome changes the endpoint's health: follow it.
    refetchInterval: (query) => ((query.state.data?.deliveries.pending ?? 0) > 0 ? 3_000 : false),
  });
}
