import {
  type TCreateWebhookEndpointRequest,
  type TUpdateWebhookEndpointRequest,
  ZWebhookEndpoint,
  ZWebhookSecretResponse,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { WEBHOOKS_QUERY_KEY } from './query-keys.ts';

const endpointPath = (endpointId: string) =>
  `/api/webhooks/endpoints/${encodeURIComponent(endpointId)}`;

function useWebhookMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WEBHOOKS_QUERY_KEY }),
  });
}

export function useCreateWebhookEndpoint() {
  return useWebhookMutation((request: TCreateWebhookEndpointRequest) =>
    apiRequest('/api/webhooks/endpoints', {
      method: 'POST',
      body: request,
      schema: ZWebhookSecretResponse,
    }),
  );
}

export function useUpdateWebhookEndpoint(endpointId: string) {
  return useWebhookMutation((changes: TUpdateWebhookEndpointRequest) =>
    apiRequest(endpointPath(endpointId), {
      method: 'PATCH',
      body: changes,
      schema: ZWebhookEndpoint,
    }),
  );
}

export function useDeleteWebhookEndpoint(endpointId: string) {
  return useWebhookMutation(() => apiRequest(endpointPath(endpointId), { method: 'DELETE' }));
}

export function useRotateWebhookSecret(endpointId: string) {
  return useWebhookMutation(() =>
    apiRequest(`${endpointPath(endpointId)}/rotate-secret`, {
      method: 'POST',
      schema: ZWebhookSecretResponse,
    }),
  );
}
