import { useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { SideNav } from './side-nav.tsx';
import { TopBar } from './top-bar.tsx';

/** The signed-in frame: navigation on the left (a drawer on phones), header on top. */
export function AppShell() {
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    window.addEventListener('keydown', closeOnEscape);
    return () => window.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  return (
    <div className={menuOpen ? 'shell shell--menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="shell__sidebar" id="app-sidebar">
        <Link to="/" className="brand" onClick={() => setMenuOpen(false)}>
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Customeric</span>
        </Link>
        <SideNav onNavigate={() => setMenuOpen(false)} />
      </aside>
      {menuOpen ? (
        <button
          type="button"
          className="shell__backdrop"
          aria-label="Close menu"
          onClick={() => setMenuOpen(false)}
        />
      ) : null}
      <div className="shell__body">
        <TopBar menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
        <main className="shell__main" id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
