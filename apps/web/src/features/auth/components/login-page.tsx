import { Navigate, useLocation, useNavigate } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { useSession } from '../../../lib/auth.ts';
import { LoginForm } from './login-form.tsx';

function readReturnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  // Only paths inside this app: never bounce to another origin or back to /login.
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return '/';
  return from.startsWith('/login') ? '/' : from;
}

export function LoginPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const returnPath = readReturnPath(location.state);

  if (session.isPending) {
    return (
      <div className="centered-page">
        <Loading />
      </div>
    );
  }
  if (session.data) return <Navigate to={returnPath} replace />;

  return (
    <div className="login-page">
      <title>Log in · Customeric</title>
      <main className="login-card">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Customeric</span>
        </div>
        <h1 className="login-card__title">Log in</h1>
        <p className="login-card__lead">The whole customer, across every department.</p>
        <LoginForm onLoggedIn={() => navigate(returnPath, { replace: true })} />
      </main>
    </div>
  );
}
