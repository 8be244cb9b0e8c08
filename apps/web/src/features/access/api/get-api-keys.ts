import { ZApiKeyList } from '@customeric/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

const PAGE_SIZE = 50;

function getApiKeys(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/api-keys', {
    query: { limit: PAGE_SIZE, cursor },
    schema: ZApiKeyList,
    signal,
  });
}

function getApiKeysQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...ACCESS_QUERY_KEY, 'api-keys'],
    queryFn: ({ pageParam, signal }) => getApiKeys(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useApiKeys() {
  return useInfiniteQuery(getApiKeysQueryOptions());
}
