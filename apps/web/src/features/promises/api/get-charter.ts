import { ZPublicCharter } from '@customeric/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { PROMISE_PATHS } from './paths.ts';

/** The public Bill of Rights: no session needed, so it is not under the promises key. */
export function useCharter(orgSlug: string) {
  return useQuery({
    queryKey: ['charter', orgSlug],
    queryFn: ({ signal }) =>
      apiRequest(PROMISE_PATHS.charter(orgSlug), { schema: ZPublicCharter, signal }),
    staleTime: 5 * 60_000,
  });
}
