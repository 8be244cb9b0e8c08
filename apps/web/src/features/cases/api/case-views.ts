import { type TSaveCaseViewRequest, ZCaseView, ZCaseViewList } from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

const VIEWS_KEY = [...CASES_QUERY_KEY, 'views'] as const;
const viewUrl = (name: string) => `/api/case-views/${encodeURIComponent(name)}`;

export function useCaseViews(enabled: boolean) {
  return useQuery({
    queryKey: VIEWS_KEY,
    queryFn: ({ signal }) => apiRequest('/api/case-views', { schema: ZCaseViewList, signal }),
    enabled,
  });
}

export function useSaveCaseView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, request }: { name: string; request: TSaveCaseViewRequest }) =>
      apiRequest(viewUrl(name), { method: 'PUT', body: request, schema: ZCaseView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}

export function useDeleteCaseView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => apiRequest(viewUrl(name), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}
