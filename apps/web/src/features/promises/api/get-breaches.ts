import {
  type TPromiseBreachFilters,
  ZPromiseBreachDetail,
  ZPromiseBreachPage,
} from '@customeric/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

export type TBreachFilters = Partial<TPromiseBreachFilters>;

export function useBreaches(filters: TBreachFilters) {
  return useInfiniteQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'breaches', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(PROMISE_PATHS.breaches, {
        query: { limit: 50, cursor: pageParam, ...filters },
        schema: ZPromiseBreachPage,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useBreach(breachId: string | null) {
  return useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'breach', breachId],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.breach(breachId ?? ''), { schema: ZPromiseBreachDetail, signal }),
    enabled: breachId !== null,
  });
}
