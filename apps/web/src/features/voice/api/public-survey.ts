import {
  type TPublicAnswerRequest,
  ZPublicAnswerResult,
  ZPublicSurvey,
} from '@customeric/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The survey behind an answer link; used, expired and unknown links come back as problems. */
export function usePublicSurvey(token: string) {
  return useQuery({
    queryKey: ['public-survey', token],
    queryFn: ({ signal }) =>
      apiRequest(`/api/public/surveys/${encodeURIComponent(token)}`, {
        schema: ZPublicSurvey,
        signal,
      }),
    retry: false,
    refetchOnWindowFocus: false,
  });
}

export function useSubmitPublicAnswer(token: string) {
  return useMutation({
    mutationFn: (request: TPublicAnswerRequest) =>
      apiRequest(`/api/public/surveys/${encodeURIComponent(token)}/answer`, {
        method: 'POST',
        body: request,
        schema: ZPublicAnswerResult,
      }),
  });
}
