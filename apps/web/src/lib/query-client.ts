import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from './api-client.ts';
import { SESSION_QUERY_KEY } from './auth.ts';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetExpiredSession(queryClient, error) }),
    mutationCache: new MutationCache({
      onError: (error) => forgetExpiredSession(queryClient, error),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => shouldRetry(failureCount, error),
      },
    },
  });
  return queryClient;
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  // A 4xx will answer the same again; only network trouble and 5xx are worth another try.
  return !isApiError(error) || error.status === 0 || error.status >= 500;
}

/** A session that expired mid-way: drop it so the shell sends the person to the log-in page. */
function forgetExpiredSession(queryClient: QueryClient, error: unknown): void {
  if (!isApiError(error) || error.code !== 'unauthenticated') return;
  setCsrfToken(null);
  queryClient.setQueryData(SESSION_QUERY_KEY, null);
}
