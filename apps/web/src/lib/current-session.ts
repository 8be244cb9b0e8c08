import type { TSessionResponse } from '@customeric/contracts';
import { createContext, useContext } from 'react';

/*
 * The signed-in shell hands its session down through context rather than letting each
 * component read the query: on log-out the query empties at once, and components must not
 * render in between without a session.
 */
export const CurrentSessionContext = createContext<TSessionResponse | null>(null);

/** For components rendered inside the signed-in shell, where a session is guaranteed. */
export function useCurrentSession(): TSessionResponse {
  const session = useContext(CurrentSessionContext);
  if (!session) throw new Error('useCurrentSession is used outside the signed-in shell');
  return session;
}
