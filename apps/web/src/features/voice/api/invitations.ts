import {
  type TCreateInvitationsRequest,
  type TInvitationListQuery,
  ZCreateInvitationsResult,
  ZCustomerList,
  ZInvitationList,
} from '@customeric/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { VOICE_QUERY_KEY } from './query-keys.ts';

export function useInvitations(surveyId: string, status: TInvitationListQuery['status']) {
  return useInfiniteQuery({
    queryKey: [...VOICE_QUERY_KEY, 'invitations', surveyId, status],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`/api/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        query: { limit: 25, cursor: pageParam, status },
        schema: ZInvitationList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** Makes the links (or, in a dry run, says who would get one and who is left out, and why). */
export function useCreateInvitations(surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Partial<TCreateInvitationsRequest>) =>
      apiRequest(`/api/surveys/${encodeURIComponent(surveyId)}/invitations`, {
        method: 'POST',
        body: request,
        schema: ZCreateInvitationsResult,
      }),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY });
    },
  });
}

/** Customers to choose from, found by name, e-mail or external id (the customers API). */
export function useCustomerSearch(q: string, segment: string) {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'customer-search', q, segment],
    queryFn: ({ signal }) =>
      apiRequest('/api/customers', {
        query: { limit: 50, q: q || undefined, segment: segment || undefined, status: 'active' },
        schema: ZCustomerList,
        signal,
      }),
  });
}
