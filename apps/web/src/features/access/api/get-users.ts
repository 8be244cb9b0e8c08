import { type TUserListQuery, ZUserList } from '@customeric/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

export type TUserFilters = Pick<TUserListQuery, 'q' | 'role'>;

const PAGE_SIZE = 50;

const USERS_QUERY_KEY = [...ACCESS_QUERY_KEY, 'users'] as const;

function getUsers(filters: TUserFilters, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/users', {
    query: { limit: PAGE_SIZE, cursor, q: filters.q, role: filters.role },
    schema: ZUserList,
    signal,
  });
}

function getUsersQueryOptions(filters: TUserFilters) {
  return infiniteQueryOptions({
    queryKey: [...USERS_QUERY_KEY, filters],
    queryFn: ({ pageParam, signal }) => getUsers(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useUsers(filters: TUserFilters, enabled = true) {
  return useInfiniteQuery({ ...getUsersQueryOptions(filters), enabled });
}
