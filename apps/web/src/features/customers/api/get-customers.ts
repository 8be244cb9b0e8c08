import { type TCustomerListQuery, ZCustomerList } from '@customeric/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

export type TCustomerFilters = Pick<TCustomerListQuery, 'q' | 'status' | 'relationshipLevel'>;

function getCustomers(filters: TCustomerFilters, cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/api/customers', {
    query: { limit: 50, cursor, ...filters },
    schema: ZCustomerList,
    signal,
  });
}

export function useCustomers(filters: TCustomerFilters) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: [...CUSTOMERS_QUERY_KEY, 'list', filters],
      queryFn: ({ pageParam, signal }) => getCustomers(filters, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
      placeholderData: keepPreviousData,
    }),
  );
}
