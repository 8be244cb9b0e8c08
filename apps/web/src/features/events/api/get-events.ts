import { ZEventIngestList, ZEventPage, ZEventStats } from '@customeric/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { EVENTS_QUERY_KEY } from './query-keys.ts';

export function useRecentEvents(type: string | undefined) {
  return useInfiniteQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'recent', type],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/events', {
        query: { limit: 25, cursor: pageParam, type },
        schema: ZEventPage,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useEventStats() {
  return useQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'stats'],
    queryFn: ({ signal }) => apiRequest('/api/events/stats', { schema: ZEventStats, signal }),
  });
}

export function useEventIngests() {
  return useInfiniteQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'ingests'],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/events/ingests', {
        query: { limit: 10, cursor: pageParam },
        schema: ZEventIngestList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
