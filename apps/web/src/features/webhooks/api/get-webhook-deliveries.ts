import {
  type TWebhookDeliveryStatus,
  ZWebhookDeliveryDetail,
  ZWebhookDeliveryList,
} from '@customeric/contracts';
import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { WEBHOOKS_QUERY_KEY } from './query-keys.ts';

const PAGE_SIZE = 25;
/** While deliveries are on their way the list follows them, a few seconds behind. */
const FOLLOW_MS = 3_000;

function getWebhookDeliveries(
  endpointId: string,
  status: TWebhookDeliveryStatus | undefined,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return apiRequest(`/api/webhooks/endpoints/${encodeURIComponent(endpointId)}/deliveries`, {
    query: { limit: PAGE_SIZE, cursor, status },
    schema: ZWebhookDeliveryList,
    signal,
  });
}

function getWebhookDeliveriesQueryOptions(endpointId: string, status?: TWebhookDeliveryStatus) {
  return infiniteQueryOptions({
    queryKey: [...WEBHOOKS_QUERY_KEY, 'deliveries', endpointId, status ?? 'all'],
    queryFn: ({ pageParam, signal }) => getWebhookDeliveries(endpointId, status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    refetchInterval: (query) => {
      const items = query.state.data?.pages.flatMap((page) => page.items) ?? [];
      return items.some((item) => item.status === 'pending') ? FOLLOW_MS : false;
    },
  });
}

export function useWebhookDeliveries(endpointId: string, status?: TWebhookDeliveryStatus) {
  return useInfiniteQuery(getWebhookDeliveriesQueryOptions(endpointId, status));
}

export function useWebhookDelivery(deliveryId: string) {
  return useQuery({
    queryKey: [...WEBHOOKS_QUERY_KEY, 'delivery', deliveryId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/webhooks/deliveries/${encodeURIComponent(deliveryId)}`, {
        schema: ZWebhookDeliveryDetail,
        signal,
      }),
  });
}
