import {
  type TCreateSurveyRequest,
  type TSurveyListQuery,
  type TUpdateSurveyRequest,
  type TUpdateVoiceSettingsRequest,
  ZSurvey,
  ZSurveyList,
  ZVoiceSettings,
} from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { VOICE_QUERY_KEY } from './query-keys.ts';

export function useSurveys(status?: TSurveyListQuery['status']) {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'surveys', status],
    queryFn: ({ signal }) =>
      apiRequest('/api/surveys', { query: { limit: 200, status }, schema: ZSurveyList, signal }),
  });
}

export function useSurvey(surveyId: string) {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'survey', surveyId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/surveys/${encodeURIComponent(surveyId)}`, { schema: ZSurvey, signal }),
  });
}

type TSaveSurveyInput =
  | { surveyId: null; request: TCreateSurveyRequest }
  | { surveyId: string; request: TUpdateSurveyRequest };

/** Creates or changes a survey, then refreshes every voice query. */
export function useSaveSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TSaveSurveyInput) =>
      input.surveyId === null
        ? apiRequest('/api/surveys', { method: 'POST', body: input.request, schema: ZSurvey })
        : apiRequest(`/api/surveys/${encodeURIComponent(input.surveyId)}`, {
            method: 'PATCH',
            body: input.request,
            schema: ZSurvey,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}

export function useDeleteSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (surveyId: string) =>
      apiRequest(`/api/surveys/${encodeURIComponent(surveyId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}

export function useVoiceSettings() {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'settings'],
    queryFn: ({ signal }) => apiRequest('/api/voice/settings', { schema: ZVoiceSettings, signal }),
  });
}

export function useSaveVoiceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TUpdateVoiceSettingsRequest) =>
      apiRequest('/api/voice/settings', { method: 'PUT', body: request, schema: ZVoiceSettings }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}
