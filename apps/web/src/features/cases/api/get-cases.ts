import { type TCaseFilters, ZCaseList } from '@customeric/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export interface TCaseListState {
  filters: TCaseFilters;
  sort: string;
}

function getCases(state: TCaseListState, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/cases', {
    query: { limit: 50, cursor, sort: state.sort, ...state.filters },
    schema: ZCaseList,
    signal,
  });
}

export function useCases(state: TCaseListState) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...CASES_QUERY_KEY, 'list', state],
      queryFn: ({ pageParam, signal }) => getCases(state, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}
