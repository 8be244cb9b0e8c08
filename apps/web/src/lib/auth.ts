import { type TLoginRequest, type TSessionResponse, ZSessionResponse } from '@customeric/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest, isApiError, setCsrfToken } from './api-client.ts';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The current session, or null when nobody is signed in (a 401 is an answer, not an error). */
async function getSession(): Promise<TSessionResponse | null> {
  try {
    const session = await apiRequest('/api/auth/session', { schema: ZSessionResponse });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

function getSessionQueryOptions() {
  return queryOptions({
    queryKey: SESSION_QUERY_KEY,
    queryFn: getSession,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

async function logIn(request: TLoginRequest): Promise<TSessionResponse> {
  const session = await apiRequest('/api/auth/login', {
    method: 'POST',
    body: request,
    schema: ZSessionResponse,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (session) => {
      // Whatever was cached belonged to someone else (or nobody): start clean.
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}

async function logOut(): Promise<void> {
  await apiRequest('/api/auth/logout', { method: 'POST' });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    onSettled: () => {
      // Even when the server call fails the person asked to leave: forget everything locally.
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });
}
