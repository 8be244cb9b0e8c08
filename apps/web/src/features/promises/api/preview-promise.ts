import { type TPromisePreviewRequest, ZPromisePreview } from '@customeric/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';
import { PROMISES_QUERY_KEY } from './query-keys.ts';

/**
 * The draft rule replayed on the last days of events. A query rather than a mutation: the
 * same draft is answered from the cache, and a newer draft cancels the request of an older one.
 * `request` is null while the draft is not a valid rule.
 */
export function usePromisePreview(request: TPromisePreviewRequest | null) {
  return useQuery({
    queryKey: [...PROMISES_QUERY_KEY, 'preview', request],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.preview, {
        method: 'POST',
        body: request,
        schema: ZPromisePreview,
        signal,
      }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}
