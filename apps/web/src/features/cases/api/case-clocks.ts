import {
  type TEscalationListQuery,
  ZCaseClocks,
  ZClockPolicyList,
  ZEscalationList,
} from '@customeric/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

/** The clocks of a case, refreshed every minute like the check that raises their alerts. */
export function useCaseClocks(caseId: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'clocks', caseId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}/clocks`, {
        schema: ZCaseClocks,
        signal,
      }),
    refetchInterval: 60_000,
  });
}

export function useClockPolicies() {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'clock-policies'],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-clock-policies', { schema: ZClockPolicyList, signal }),
  });
}

export function useEscalations(kind: TEscalationListQuery['kind']) {
  return useInfiniteQuery({
    queryKey: [...CASES_QUERY_KEY, 'escalations', kind],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/case-escalations', {
        query: { limit: 50, kind, cursor: pageParam },
        schema: ZEscalationList,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}
