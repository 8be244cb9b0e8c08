import {
  type TCloseFollowUpRequest,
  ZCaseFollowUp,
  ZCaseFollowUpAnswer,
} from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export function useCaseFollowUp(caseId: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'follow-up', caseId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}/follow-up`, {
        schema: ZCaseFollowUpAnswer,
        signal,
      }),
    select: (answer) => answer.followUp,
  });
}

export function useCloseFollowUp(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCloseFollowUpRequest) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}/follow-up/close`, {
        method: 'POST',
        body: request,
        schema: ZCaseFollowUp,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY }),
  });
}
