import {
  type TCreateCallListenedRequest,
  type TProgrammeAssignmentQuery,
  type TProgrammeSettings,
  type TRecordHandlingRequest,
  ZCallListened,
  ZCaseProgramme,
  ZLearnings,
  ZPersonalHandling,
  ZProgrammeAssignmentList,
  ZProgrammeOverview,
  ZProgrammeRunResult,
  ZProgrammeSettings,
} from '@customeric/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_QUERY_KEY } from './query-keys.ts';

const PROGRAMME = [...CASES_QUERY_KEY, 'programme'] as const;

export function useProgrammeOverview(months: number) {
  return useQuery({
    queryKey: [...PROGRAMME, 'overview', months],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-programme/overview', {
        query: { months },
        schema: ZProgrammeOverview,
        signal,
      }),
  });
}

export function useProgrammeAssignments(query: TProgrammeAssignmentQuery) {
  return useQuery({
    queryKey: [...PROGRAMME, 'assignments', query],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-programme/assignments', {
        query,
        schema: ZProgrammeAssignmentList,
        signal,
      }),
    select: (list) => list.items,
  });
}

export function useLearnings() {
  return useInfiniteQuery({
    queryKey: [...PROGRAMME, 'learnings'],
    queryFn: ({ pageParam, signal }) =>
      apiRequest('/api/case-programme/learnings', {
        query: { limit: 20, cursor: pageParam },
        schema: ZLearnings,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

export function useCaseProgramme(caseId: string) {
  return useQuery({
    queryKey: [...PROGRAMME, 'case', caseId],
    queryFn: ({ signal }) =>
      apiRequest(`/api/cases/${encodeURIComponent(caseId)}/programme`, {
        schema: ZCaseProgramme,
        signal,
      }),
  });
}

export function useProgrammeSettings() {
  return useQuery({
    queryKey: [...PROGRAMME, 'settings'],
    queryFn: ({ signal }) =>
      apiRequest('/api/case-programme/settings', { schema: ZProgrammeSettings, signal }),
  });
}

/** A programme change refreshes every cases query: grids, lists and case pages. */
function useProgrammeMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY }),
  });
}

export function useRunProgramme() {
  return useProgrammeMutation(() =>
    apiRequest('/api/case-programme/runs', {
      method: 'POST',
      body: {},
      schema: ZProgrammeRunResult,
    }),
  );
}

export function useUpdateProgrammeSettings() {
  return useProgrammeMutation((request: TProgrammeSettings) =>
    apiRequest('/api/case-programme/settings', {
      method: 'PUT',
      body: request,
      schema: ZProgrammeSettings,
    }),
  );
}

export function useLogCall() {
  return useProgrammeMutation((request: TCreateCallListenedRequest) =>
    apiRequest('/api/case-programme/calls', {
      method: 'POST',
      body: request,
      schema: ZCallListened,
    }),
  );
}

export function useRecordHandling(caseId: string) {
  return useProgrammeMutation((request: TRecordHandlingRequest) =>
    apiRequest(`/api/cases/${encodeURIComponent(caseId)}/personal-handlings`, {
      method: 'POST',
      body: request,
      schema: ZPersonalHandling,
    }),
  );
}
