import { type TAnswerListQuery, ZAnswerPage, ZAnswerThemes } from '@customeric/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { VOICE_QUERY_KEY } from './query-keys.ts';

export type TAnswerFilters = Omit<TAnswerListQuery, 'limit' | 'cursor'>;

export function useAnswers(filters: TAnswerFilters) {
  return useInfiniteQuery({
    queryKey: [...VOICE_QUERY_KEY, 'answers', filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/answers', {
        query: { limit: 50, cursor: pageParam, ...filters },
        schema: ZAnswerPage,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The latest comments, for trying theme rules on as they are typed. */
export function useRecentComments() {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'recent-comments'],
    queryFn: ({ signal }) =>
      apiRequest('/api/answers', {
        query: { limit: 200, hasComment: true },
        schema: ZAnswerPage,
        signal,
      }),
  });
}

/** Gives an answer a theme by hand, or takes one off. */
export function useSetAnswerTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { answerId: string; themeId: string; applies: boolean }) => {
      const path = `/api/answers/${encodeURIComponent(input.answerId)}/themes`;
      if (input.applies)
        return apiRequest(path, {
          method: 'POST',
          body: { themeId: input.themeId },
          schema: ZAnswerThemes,
        });
      await apiRequest(`${path}/${encodeURIComponent(input.themeId)}`, { method: 'DELETE' });
      return null;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}
