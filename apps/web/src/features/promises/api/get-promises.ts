import { ZPromise, ZPromiseList } from '@customeric/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

/** As the query string says them: `active: 'true'` lists the active promises only. */
export interface TPromiseFilters {
  q?: string | undefined;
  active?: 'true' | 'false' | undefined;
}

export function usePromises(filters: TPromiseFilters = {}) {
  return useInfiniteQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(PROMISE_PATHS.promises, {
        query: { limit: 100, cursor: pageParam, q: filters.q, active: filters.active },
        schema: ZPromiseList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePromise(promiseId: string | null) {
  return useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'one', promiseId],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.promise(promiseId ?? ''), { schema: ZPromise, signal }),
    enabled: promiseId !== null,
  });
}
