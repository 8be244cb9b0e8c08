import { ZAuditList } from '@customeric/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

const PAGE_SIZE = 50;

function getAuditLog(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/audit', {
    query: { limit: PAGE_SIZE, cursor },
    schema: ZAuditList,
    signal,
  });
}

function getAuditLogQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...ACCESS_QUERY_KEY, 'audit'],
    queryFn: ({ pageParam, signal }) => getAuditLog(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useAuditLog() {
  return useInfiniteQuery(getAuditLogQueryOptions());
}
