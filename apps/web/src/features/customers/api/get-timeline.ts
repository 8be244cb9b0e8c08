import { type TTimelineQuery, ZEventPage, ZTimelineSummary } from '@customeric/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

export type TTimelineFilters = Omit<TTimelineQuery, 'limit' | 'cursor'>;

/** The timeline a page of 50 at a time; the next page is asked for as the reader scrolls. */
export function useTimeline(customerId: string, filters: TTimelineFilters) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'timeline', customerId, filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/timeline`, {
        query: { limit: 50, cursor: pageParam, ...filters },
        schema: ZEventPage,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useTimelineSummary(customerId: string) {
  return useQuery({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'summary', customerId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/timeline/summary`, {
        schema: ZTimelineSummary,
        signal,
      }),
  });
}
