import {
  type TCreateCustomerRequest,
  type TUpdateCustomerRequest,
  ZCustomer,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

type TSaveCustomerInput =
  | { customerId: null; request: TCreateCustomerRequest }
  | { customerId: string; request: TUpdateCustomerRequest };

function saveCustomer(input: TSaveCustomerInput) {
  if (input.customerId === null)
    return apiRequest('/api/customers', { method: 'POST', body: input.request, schema: ZCustomer });
  return apiRequest(`/api/customers/${encodeURIComponent(input.customerId)}`, {
    method: 'PATCH',
    body: input.request,
    schema: ZCustomer,
  });
}

/** Creates or changes a customer, then refreshes every customers query. */
export function useSaveCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCustomer,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}
