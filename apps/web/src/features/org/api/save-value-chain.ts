import {
  type TCreateValueChainRequest,
  type TReplaceStagesRequest,
  type TUpdateValueChainRequest,
  ZValueChain,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ORG_QUERY_KEY } from './query-keys.ts';

const chainUrl = (id: string) => `/api/org/value-chains/${encodeURIComponent(id)}`;

function useOrgMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_QUERY_KEY }),
  });
}

export function useCreateValueChain() {
  return useOrgMutation((request: TCreateValueChainRequest) =>
    apiRequest('/api/org/value-chains', { method: 'POST', body: request, schema: ZValueChain }),
  );
}

export function useUpdateValueChain() {
  return useOrgMutation((input: { id: string; changes: TUpdateValueChainRequest }) =>
    apiRequest(chainUrl(input.id), { method: 'PATCH', body: input.changes, schema: ZValueChain }),
  );
}

/** Saves the whole journey at once, in order: the server keeps stages sent with their id. */
export function useReplaceStages() {
  return useOrgMutation((input: { id: string; stages: TReplaceStagesRequest['stages'] }) =>
    apiRequest(`${chainUrl(input.id)}/stages`, {
      method: 'PUT',
      body: { stages: input.stages },
      schema: ZValueChain,
    }),
  );
}
