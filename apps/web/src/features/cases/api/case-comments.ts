import { ZCaseComment, ZCaseCommentList } from '@customeric/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

const commentsUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/comments`;

export function useCaseComments(caseId: string) {
  return useInfiniteQuery({
    queryKey: [...CASES_QUERY_KEY, 'comments', caseId],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(commentsUrl(caseId), {
        query: { limit: 50, cursor: pageParam },
        schema: ZCaseCommentList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useCreateCaseComment(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      apiRequest(commentsUrl(caseId), { method: 'POST', body: { body }, schema: ZCaseComment }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...CASES_QUERY_KEY, 'comments', caseId] }),
  });
}
