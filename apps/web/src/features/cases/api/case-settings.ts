import {
  type TCreateCaseStatusRequest,
  type TUpdateCaseSettingsRequest,
  type TUpdateCaseStatusRequest,
  ZCaseSettings,
  ZCaseStatus,
  ZCaseStatusList,
} from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export function useCaseStatuses() {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'statuses'],
    queryFn: ({ signal }) => apiRequest('/api/case-statuses', { schema: ZCaseStatusList, signal }),
    staleTime: 5 * 60_000,
  });
}

export function useCaseSettings() {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'settings'],
    queryFn: ({ signal }) => apiRequest('/api/case-settings', { schema: ZCaseSettings, signal }),
  });
}

function useSettingsMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY }),
  });
}

export function useUpdateCaseSettings() {
  return useSettingsMutation((request: TUpdateCaseSettingsRequest) =>
    apiRequest('/api/case-settings', { method: 'PUT', body: request, schema: ZCaseSettings }),
  );
}

export function useCreateCaseStatus() {
  return useSettingsMutation((request: TCreateCaseStatusRequest) =>
    apiRequest('/api/case-statuses', { method: 'POST', body: request, schema: ZCaseStatus }),
  );
}

export function useUpdateCaseStatus() {
  return useSettingsMutation(
    ({ key, request }: { key: string; request: TUpdateCaseStatusRequest }) =>
      apiRequest(`/api/case-statuses/${encodeURIComponent(key)}`, {
        method: 'PATCH',
        body: request,
        schema: ZCaseStatus,
      }),
  );
}
