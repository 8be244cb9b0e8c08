import {
  type TCreatePromiseRequest,
  type TUpdatePromiseRequest,
  ZPromise,
} from '@customeric/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

type TSavePromiseInput =
  | { promiseId: null; request: TCreatePromiseRequest }
  | { promiseId: string; request: TUpdatePromiseRequest };

function savePromise(input: TSavePromiseInput) {
  if (input.promiseId === null)
    return apiRequest(PROMISE_PATHS.promises, {
      method: 'POST',
      body: input.request,
      schema: ZPromise,
    });
  return apiRequest(PROMISE_PATHS.promise(input.promiseId), {
    method: 'PATCH',
    body: input.request,
    schema: ZPromise,
  });
}

/** Creates or changes a promise (a changed rule starts a re-evaluation), then refreshes. */
export function useSavePromise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePromise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY }),
  });
}

/** The active toggle of the list: one field, so the rest of the promise is left alone. */
export function useSetPromiseActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { promiseId: string; active: boolean }) =>
      apiRequest(PROMISE_PATHS.promise(input.promiseId), {
        method: 'PATCH',
        body: { active: input.active } satisfies TUpdatePromiseRequest,
        schema: ZPromise,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY }),
  });
}

export function useDeletePromise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (promiseId: string) =>
      apiRequest(PROMISE_PATHS.promise(promiseId), { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROMISES_QUERY_KEY }),
  });
}
