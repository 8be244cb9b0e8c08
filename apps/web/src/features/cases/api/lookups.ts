import { ZCustomerList, ZDepartmentList, ZEventPage, ZPersonList } from '@customeric/contracts';
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

/*
 * The few things of other modules a case screen shows: departments, people, customers and a
 * customer's timeline. Features do not import each other, so these small requests live here.
 */

export function useDepartments() {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'lookup', 'departments'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/departments', {
        query: { limit: 200, sort: 'name' },
        schema: ZDepartmentList,
        signal,
      }),
    staleTime: 5 * 60_000,
    select: (page) => page.items.filter((department) => department.archivedAt === null),
  });
}

/** Active people, optionally of one department, matching `q`. */
export function usePeopleSearch(q: string, departmentId: string | null, enabled = true) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'lookup', 'people', q, departmentId],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/people', {
        query: {
          limit: 20,
          q: q || undefined,
          departmentId: departmentId ?? undefined,
          active: 'true',
        },
        schema: ZPersonList,
        signal,
      }),
    enabled,
    placeholderData: keepPreviousData,
    select: (page) => page.items,
  });
}

export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'lookup', 'customers', q],
    queryFn: ({ signal }) =>
      apiRequest('/api/customers', {
        query: { limit: 10, q: q || undefined },
        schema: ZCustomerList,
        signal,
      }),
    placeholderData: keepPreviousData,
    select: (page) => page.items,
  });
}

/** The customer's timeline beside the case, newest first. */
export function useCustomerTimeline(customerId: string) {
  return useInfiniteQuery({
    queryKey: [...CASES_QUERY_KEY, 'lookup', 'timeline', customerId],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/timeline`, {
        query: { limit: 30, cursor: pageParam },
        schema: ZEventPage,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
