import {
  type TCreateThemeRequest,
  type TUpdateThemeRequest,
  ZTheme,
  ZThemeList,
  ZThemeRerunResult,
} from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { VOICE_QUERY_KEY } from './query-keys.ts';

export function useThemes() {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'themes'],
    queryFn: ({ signal }) => apiRequest('/api/themes', { schema: ZThemeList, signal }),
  });
}

type TSaveThemeInput =
  | { themeId: null; request: TCreateThemeRequest }
  | { themeId: string; request: TUpdateThemeRequest };

/** Saves a theme; the server applies its rules to every answer before answering. */
export function useSaveTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TSaveThemeInput) =>
      input.themeId === null
        ? apiRequest('/api/themes', { method: 'POST', body: input.request, schema: ZTheme })
        : apiRequest(`/api/themes/${encodeURIComponent(input.themeId)}`, {
            method: 'PATCH',
            body: input.request,
            schema: ZTheme,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}

export function useDeleteTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (themeId: string) =>
      apiRequest(`/api/themes/${encodeURIComponent(themeId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}

export function useRerunThemes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('/api/themes:rerun', { method: 'POST', schema: ZThemeRerunResult }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VOICE_QUERY_KEY }),
  });
}
