import { NavLink, Outlet } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { usePermissions } from '../../../lib/permissions.ts';
import { getAllowedTabs } from '../access-tabs.ts';

export function AccessLayout() {
  const tabs = getAllowedTabs(usePermissions());
  return (
    <>
      <PageHeader
        title="Access"
        description="Users, roles, API keys, webhooks and the audit log."
      />
      {tabs.length === 0 ? (
        <EmptyState title="Nothing here for your role">
          <p>
            Access is where administrators manage users, API keys and read the audit log. Your role
            does not include any of these. If you need to, ask an administrator.
          </p>
        </EmptyState>
      ) : (
        <>
          <nav className="tabs" aria-label="Access">
            {tabs.map((tab) => (
              <NavLink
                key={tab.path}
                to={tab.path}
                className={({ isActive }) =>
                  isActive ? 'tabs__tab tabs__tab--active' : 'tabs__tab'
                }
              >
                {tab.label}
              </NavLink>
            ))}
          </nav>
          <Outlet />
        </>
      )}
    </>
  );
}
