import { ZCustomerPromises } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

/** The promises this customer was made, kept and broken, from the promises module's API. */
export function useCustomerPromises(customerId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'promises', customerId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/promises`, {
        schema: ZCustomerPromises,
        signal,
      }),
    enabled,
  });
}
