import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';

const TABS = [
  { path: '/scores', label: 'Scores', end: true },
  { path: '/scores/control', label: 'Real change or noise' },
  { path: '/scores/why', label: 'Why it moved' },
] as const;

export function ScoresLayout() {
  const tabs = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tabs scroll sideways: keep the open one in sight.
  useEffect(() => {
    const nav = tabs.current;
    const active = nav?.querySelector<HTMLElement>(`a[href="${pathname}"]`);
    if (nav && active) nav.scrollLeft = active.offsetLeft - nav.offsetLeft - 16;
  }, [pathname]);
  return (
    <>
      <PageHeader
        title="Scores"
        description="NPS, CSAT and CES with their 95 % intervals and number of answers; weekly control charts that tell a real change from noise; and why a score moved."
      />
      <nav className="tabs tabs--top" aria-label="Scores" ref={tabs}>
        {TABS.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            end={'end' in tab}
            className={({ isActive }) => (isActive ? 'tabs__tab tabs__tab--active' : 'tabs__tab')}
          >
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
