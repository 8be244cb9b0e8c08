import {
  type TLedgerQuery,
  ZBounceRanking,
  ZCaseLedger,
  ZHandoffFlows,
  ZHeldTimes,
} from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

export function useCaseLedger(caseId: string) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'ledger', caseId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}/ledger`, {
        schema: ZCaseLedger,
        signal,
      }),
  });
}

export function useHandoffFlows(period: TLedgerQuery) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'flows', period],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-ledger/flows', { query: period, schema: ZHandoffFlows, signal }),
  });
}

export function useHeldTimes(period: TLedgerQuery) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'held-times', period],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-ledger/held-times', { query: period, schema: ZHeldTimes, signal }),
  });
}

export function useBounceRanking(period: TLedgerQuery) {
  return useQuery({
    queryKey: [...CASES_QUERY_KEY, 'bounces', period],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-ledger/bounces', { query: period, schema: ZBounceRanking, signal }),
  });
}
