import { ZDepartmentList, ZValueChain, ZValueChainList } from '@customeric/contracts';
import { useQueries, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

const CHOICES_KEY = [...PROMISES_QUERY_KEY, 'choices'] as const;

/** The departments a promise can belong to (organisations have a few dozen at most). */
export function useDepartmentChoices() {
  return useQuery({
    queryKey: [...CHOICES_KEY, 'departments'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/departments', {
        query: { limit: 200 },
        schema: ZDepartmentList,
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

/** The value chains with their stages, for the chain and stage pickers. */
export function useValueChainChoices() {
  const list = useQuery({
    queryKey: [...CHOICES_KEY, 'value-chains'],
    queryFn: ({ signal }) =>
      apiRequest('/api/org/value-chains', {
        query: { limit: 50 },
        schema: ZValueChainList,
        signal,
      }),
    staleTime: 5 * 60_000,
  });
  return useQueries({
    queries: (list.data?.items ?? []).map((chain) => ({
      queryKey: [...CHOICES_KEY, 'value-chain', chain.id],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest(`/api/org/value-chains/${encodeURIComponent(chain.id)}`, {
          schema: ZValueChain,
          signal,
        }),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  });
}
