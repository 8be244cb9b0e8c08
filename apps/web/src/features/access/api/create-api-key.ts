import { type TCreateApiKeyRequest, ZCreateApiKeyResponse } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ACCESS_QUERY_KEY } from './query-keys.ts';

function createApiKey(request: TCreateApiKeyRequest) {
  return apiRequest('/api/api-keys', {
    method: 'POST',
    body: request,
    schema: ZCreateApiKeyResponse,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ACCESS_QUERY_KEY }),
  });
}
