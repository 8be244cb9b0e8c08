import { type TUpdateOrgSettingsRequest, ZOrgSettings } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

function updateOrgSettings(request: TUpdateOrgSettingsRequest) {
  return apiRequest('/api/org/settings', { method: 'PUT', body: request, schema: ZOrgSettings });
}

export function useUpdateOrgSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgSettings,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}
