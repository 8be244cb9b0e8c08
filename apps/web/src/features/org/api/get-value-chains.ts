import { ZValueChain, ZValueChainList } from '@customeric/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

export interface TValueChainFilters {
  q?: string;
  archived?: 'exclude' | 'include' | 'only';
}

function getValueChainsQueryOptions(filters: TValueChainFilters) {
  return infiniteQueryOptions({
    queryKey: [...ORG_QUERY_KEY, 'value-chains', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/org/value-chains', {
        query: { limit: 50, cursor: pageParam, ...filters },
        schema: ZValueChainList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useValueChains(filters: TValueChainFilters) {
  return useInfiniteQuery(getValueChainsQueryOptions(filters));
}

function getValueChainQueryOptions(valueChainId: string) {
  return queryOptions({
    queryKey: [...ORG_QUERY_KEY, 'value-chains', 'one', valueChainId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/org/value-chains/${encodeURIComponent(valueChainId)}`, {
        schema: ZValueChain,
        signal,
      }),
  });
}

export function useValueChain(valueChainId: string) {
  return useQuery(getValueChainQueryOptions(valueChainId));
}
