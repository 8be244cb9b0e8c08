import { type TPersonListQuery, ZPersonList } from '@customeric/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

export type TPeopleFilters = Partial<
  Pick<TPersonListQuery, 'q' | 'departmentId' | 'role' | 'sort'>
>;

const PAGE_SIZE = 50;

function getPeople(filters: TPeopleFilters, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/org/people', {
    query: { limit: PAGE_SIZE, cursor, ...filters },
    schema: ZPersonList,
    signal,
  });
}

function getPeopleQueryOptions(filters: TPeopleFilters) {
  return infiniteQueryOptions({
    queryKey: [...ORG_QUERY_KEY, 'people', filters],
    queryFn: ({ pageParam, signal }) => getPeople(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function usePeople(filters: TPeopleFilters) {
  return useInfiniteQuery(getPeopleQueryOptions(filters));
}

/** The export link for the same filters: the browser downloads it with the session cookie. */
export function getPeopleExportUrl(filters: TPeopleFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value && key !== 'sort') params.set(key, String(value));
  const search = params.toString();
  return `/api/org/people/export${search ? `?${search}` : ''}`;
}
