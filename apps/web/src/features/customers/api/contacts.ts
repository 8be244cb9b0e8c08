import { type TCreateContactRequest, ZContact, ZContactList } from '@customeric/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CUSTOMERS_QUERY_KEY } from './query-keys.ts';

export function useContacts(customerId: string) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS_QUERY_KEY, 'contacts', customerId],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/contacts`, {
        query: { limit: 20, cursor: pageParam },
        schema: ZContactList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useCreateContact(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateContactRequest) =>
      apiRequest(`/api/customers/${encodeURIComponent(customerId)}/contacts`, {
        method: 'POST',
        body: request,
        schema: ZContact,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS_QUERY_KEY }),
  });
}
