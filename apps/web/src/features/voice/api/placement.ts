import { ZDepartmentList, ZValueChain, ZValueChainList } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { VOICE_QUERY_KEY } from './query-keys.ts';

/** Departments and value chains a survey can be tied to (the org API). */
export function usePlacementChoices() {
  const departments = useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'departments'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/departments', {
        query: { limit: 200 },
        schema: ZDepartmentList,
        signal,
      }),
    staleTime: 60_000,
  });
  const valueChains = useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'value-chains'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/value-chains', {
        query: { limit: 200 },
        schema: ZValueChainList,
        signal,
      }),
    staleTime: 60_000,
  });
  return { departments: departments.data?.items ?? [], valueChains: valueChains.data?.items ?? [] };
}

export function useStages(valueChainId: string) {
  return useQuery({
    queryKey: [...VOICE_QUERY_KEY, 'stages', valueChainId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/org/value-chains/${encodeURIComponent(valueChainId)}`, {
        schema: ZValueChain,
        signal,
      }),
    enabled: Boolean(valueChainId),
    staleTime: 60_000,
    select: (chain) => chain.stages,
  });
}
