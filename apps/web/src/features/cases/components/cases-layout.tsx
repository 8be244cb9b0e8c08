import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { usePermissions } from '../../../lib/permissions.ts';
import { getAllowedCaseTabs } from '../case-tabs.ts';

/** The cases module: the list, the handoff figures and the settings, as tabs. */
export function CasesLayout() {
  const permissions = usePermissions();
  const tabs = getAllowedCaseTabs(permissions);
  const { pathname } = useLocation();
  // A board member reads the handoff figures only: /cases opens them.
  if (pathname === '/cases' && !permissions.has('cases.read') && tabs[0])
    return <Navigate to={tabs[0].path} replace />;
  return (
    <>
      <PageHeader
        title="Cases"
        description="Customer problems that cross departments: who owns them, where they went and why."
      />
      <nav className="tabs" aria-label="Cases">
        {tabs.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            end={tab.end ?? false}
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
