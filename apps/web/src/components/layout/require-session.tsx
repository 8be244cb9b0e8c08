import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../lib/auth.ts';
import { CurrentSessionContext } from '../../lib/current-session.ts';
import { Loading } from '../ui/loading.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';

/** Lets signed-in people through; sends everyone else to /login, remembering where they were. */
export function RequireSession() {
  const location = useLocation();
  const session = useSession();
  if (session.isPending) {
    return (
      <div className="centered-page">
        <Loading label="Checking your session…" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <div className="centered-page">
        <div className="card card--narrow">
          <ProblemAlert error={session.error} title="Customeric cannot check your session" />
          <button type="button" className="button" onClick={() => session.refetch()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  if (!session.data) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return (
    <CurrentSessionContext value={session.data}>
      <Outlet />
    </CurrentSessionContext>
  );
}
