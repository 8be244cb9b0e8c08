import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';

const TABS = [
  { path: '/scores', label: 'Scores', end: true },
  { path: '/scores/control', label: 'Real change or noise' },
  { path: '/scores/why', label: 'Why it moved' },
] as const;

export function ScoresLayout() {
  return (
    <>
      <PageHeader
        title="Scores"
        description="NPS, CSAT and CES with their 95 % intervals and number of answers; weekly control charts that tell a real change from noise; and why a score moved."
      />
      <nav className="tabs tabs--top" aria-label="Scores">
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
