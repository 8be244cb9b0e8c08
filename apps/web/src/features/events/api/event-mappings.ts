import {
  type TCreateEventMappingRequest,
  ZDepartmentList,
  ZEventMapping,
  ZEventMappingList,
  ZValueChain,
  ZValueChainList,
} from '@customeric/contracts';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { EVENTS_QUERY_KEY } from './query-keys.ts';

const MAPPINGS_KEY = [...EVENTS_QUERY_KEY, 'mappings'] as const;

export function useEventMappings() {
  return useQuery({
    queryKey: MAPPINGS_KEY,
    queryFn: ({ signal }) =>
      apiRequest('/api/event-mappings', {
        query: { limit: 200 },
        schema: ZEventMappingList,
        signal,
      }),
  });
}

/** The departments a rule can name (the first 200 by name are plenty for a select). */
export function useDepartmentChoices(enabled: boolean) {
  return useQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'departments'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/departments', {
        query: { limit: 200 },
        schema: ZDepartmentList,
        signal,
      }),
    enabled,
  });
}

/** The value chains with their stages, for the rule form (organisations have a handful). */
export function useValueChainChoices() {
  const list = useQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'value-chains'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/value-chains', {
        query: { limit: 50 },
        schema: ZValueChainList,
        signal,
      }),
  });
  return useQueries({
    queries: (list.data?.items ?? []).map((chain) => ({
      queryKey: [...EVENTS_QUERY_KEY, 'value-chain', chain.id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/api/org/value-chains/${encodeURIComponent(chain.id)}`, {
          schema: ZValueChain,
          signal,
        }),
    })),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  });
}

export function useCreateEventMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TCreateEventMappingRequest) =>
      apiRequest('/api/event-mappings', { method: 'POST', body: request, schema: ZEventMapping }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MAPPINGS_KEY }),
  });
}

export function useDeleteEventMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mappingId: string) =>
      apiRequest(`/api/event-mappings/${encodeURIComponent(mappingId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MAPPINGS_KEY }),
  });
}
