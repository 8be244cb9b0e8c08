import { ZCustomerOverview } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

export function useCustomer(customerId: string) {
  return useQuery({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'one', customerId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}`, {
        schema: ZCustomerOverview,
        signal,
      }),
  });
}
