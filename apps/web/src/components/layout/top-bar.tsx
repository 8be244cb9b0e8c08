import { ROLE_LABELS } from '@customeric/domain';
import { useNavigate } from 'react-router';
import { useLogOut } from '../../lib/auth.ts';
import { useCurrentSession } from '../../lib/current-session.ts';

interface TTopBarProps {
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function TopBar({ menuOpen, onToggleMenu }: TTopBarProps) {
  const { user, organization } = useCurrentSession();
  const logOut = useLogOut();
  const navigate = useNavigate();

  function handleLogOut() {
    logOut.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) });
  }

  return (
    <header className="top-bar">
      <button
        type="button"
        className="top-bar__menu button button--ghost"
        aria-expanded={menuOpen}
        aria-controls="app-sidebar"
        onClick={onToggleMenu}
      >
        {menuOpen ? 'Close menu' : 'Menu'}
      </button>
      <p className="top-bar__org" title={organization.slug}>
        {organization.name}
      </p>
      <div className="top-bar__user">
        <span className="top-bar__who">
          <span className="top-bar__name">{user.name}</span>
          <span className="top-bar__role">{ROLE_LABELS[user.role]}</span>
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={handleLogOut}
          disabled={logOut.isPending}
        >
          {logOut.isPending ? 'Logging out…' : 'Log out'}
        </button>
      </div>
    </header>
  );
}
