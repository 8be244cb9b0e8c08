import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

function revokeApiKey(keyId: string) {
  return apiRequest(`/api/api-keys/${encodeURIComponent(keyId)}`, { method: 'DELETE' });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCESS_QUERY_KEY }),
  });
}
