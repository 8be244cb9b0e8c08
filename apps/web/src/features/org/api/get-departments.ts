import { type TDepartmentListQuery, ZDepartmentList } from '@customeric/contracts';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

export type TDepartmentFilters = Partial<
  Pick<TDepartmentListQuery, 'q' | 'function' | 'archived' | 'sort'>
> & { customerFacing?: 'true' | 'false' };

const PAGE_SIZE = 50;

function getDepartments(
  filters: TDepartmentFilters,
  cursor: string | undefined,
  limit: number,
  signal?: AbortSignal,
) {
  return apiRequest('/api/org/departments', {
    query: { limit, cursor, ...filters },
    schema: ZDepartmentList,
    signal,
  });
}

function getDepartmentsQueryOptions(filters: TDepartmentFilters) {
  return infiniteQueryOptions({
    queryKey: [...ORG_QUERY_KEY, 'departments', filters],
    queryFn: ({ pageParam, signal }) => getDepartments(filters, pageParam, PAGE_SIZE, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useDepartments(filters: TDepartmentFilters) {
  return useInfiniteQuery(getDepartmentsQueryOptions(filters));
}

/**
 * Every department, archived too, by name: for pickers and for naming departments by id.
 * One page of 200 is plenty for an organisation's silos.
 */
function getDepartmentDirectoryQueryOptions() {
  return queryOptions({
    queryKey: [...ORG_QUERY_KEY, 'departments', 'directory'],
    queryFn: ({ signal }) =>
      getDepartments({ archived: 'include', sort: 'name' }, undefined, 200, signal),
    select: (page) => page.items,
  });
}

export function useDepartmentDirectory() {
  return useQuery(getDepartmentDirectoryQueryOptions());
}
