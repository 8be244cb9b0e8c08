import { ZPromiseEvaluation } from '@customeric/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

const POLL_MS = 1_000;
const isDone = (status: string | undefined) => status === 'succeeded' || status === 'failed';

/** Polls a re-evaluation of history each second until it has finished, then refreshes the promise. */
export function useEvaluation(promiseId: string, evaluationId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'evaluation', promiseId, evaluationId],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.evaluation(promiseId, evaluationId ?? ''), {
        schema: ZPromiseEvaluation,
        signal,
      }),
    enabled: evaluationId !== null,
    refetchInterval: (current) => (isDone(current.state.data?.status) ? false : POLL_MS),
    staleTime: 0,
  });
  const finished = isDone(query.data?.status);
  useEffect(() => {
    if (finished)
      void queryClient.invalidateQueries({
        queryKey: [...PROMISES_QUERY_KEY],
        predicate: (candidate) => candidate.queryKey[1] !== 'evaluation',
      });
  }, [finished, queryClient]);
  return query;
}

/** Replays the promise's whole history again, e.g. after events were imported late. */
export function useRequestEvaluation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (promiseId: string) =>
      apiRequest(PROMISE_PATHS.evaluations(promiseId), {
        method: 'POST',
        schema: ZPromiseEvaluation,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY }),
  });
}
