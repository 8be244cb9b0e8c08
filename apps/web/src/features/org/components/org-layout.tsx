import { NavLink, Outlet } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { usePermissions } from '../../../lib/permissions.ts';
import { getAllowedOrgTabs } from '../org-tabs.ts';

export function OrgLayout() {
  const tabs = getAllowedOrgTabs(usePermissions());
  return (
    <>
      <PageHeader
        title="Org & value chains"
        description="The company as the customer experiences it: across the silos, stage by stage."
      />
      <nav className="tabs" aria-label="Org & value chains">
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
