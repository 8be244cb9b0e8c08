import { ZSendTestWebhookResponse, ZWebhookDelivery } from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { WEBHOOKS_QUERY_KEY } from './query-keys.ts';

export function useSendWebhookTest(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(`/api/webhooks/endpoints/${encodeURIComponent(endpointId)}/test`, {
        method: 'POST',
        schema: ZSendTestWebhookResponse,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WEBHOOKS_QUERY_KEY }),
  });
}

export function useRetryWebhookDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiRequest(`/api/webhooks/deliveries/${encodeURIComponent(deliveryId)}/retry`, {
        method: 'POST',
        schema: ZWebhookDelivery,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WEBHOOKS_QUERY_KEY }),
  });
}
