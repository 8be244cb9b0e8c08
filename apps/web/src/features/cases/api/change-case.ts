import {
  type TBulkCaseRequest,
  type TCreateCaseRequest,
  type THandOffCaseRequest,
  type TTransitionCaseRequest,
  type TUpdateCaseRequest,
  ZBulkCaseResult,
  ZCase,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

/** A mutation that refreshes every cases query when it succeeds. */
function useCasesMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY }),
  });
}

const caseUrl = (caseId: string, tail = '') => `/api/cases/${encodeURIComponent(caseId)}${tail}`;

export function useCreateCase() {
  return useCasesMutation((request: TCreateCaseRequest) =>
    apiRequest('/api/cases', { method: 'POST', body: request, schema: ZCase }),
  );
}

/** Sends the version the page shows: a change made meanwhile by someone else answers 409. */
export function useUpdateCase(caseId: string) {
  return useCasesMutation((request: TUpdateCaseRequest) =>
    apiRequest(caseUrl(caseId), { method: 'PATCH', body: request, schema: ZCase }),
  );
}

export function useTransitionCase(caseId: string) {
  return useCasesMutation((request: TTransitionCaseRequest) =>
    apiRequest(caseUrl(caseId, '/transitions'), { method: 'POST', body: request, schema: ZCase }),
  );
}

export function useHandOffCase(caseId: string) {
  return useCasesMutation((request: THandOffCaseRequest) =>
    apiRequest(caseUrl(caseId, '/handoffs'), { method: 'POST', body: request, schema: ZCase }),
  );
}

export function useBulkUpdateCases() {
  return useCasesMutation((request: TBulkCaseRequest) =>
    apiRequest('/api/cases:bulk', { method: 'POST', body: request, schema: ZBulkCaseResult }),
  );
}
