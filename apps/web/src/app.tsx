import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppShell } from './components/layout/app-shell.tsx';
import { NotFoundPage } from './components/layout/not-found-page.tsx';
import { RequireSession } from './components/layout/require-session.tsx';
import { RouteError } from './components/layout/route-error.tsx';
import { AccessIndex } from './features/access/components/access-index.tsx';
import { AccessLayout } from './features/access/components/access-layout.tsx';
import { ApiKeysPage } from './features/access/components/api-keys-page.tsx';
import { AuditPage } from './features/access/components/audit-page.tsx';
import { RequirePermission } from './features/access/components/require-permission.tsx';
import { UsersPage } from './features/access/components/users-page.tsx';
import { LoginPage } from './features/auth/components/login-page.tsx';
import { CustomerPage } from './features/customers/components/customer-page.tsx';
import { CustomersPage } from './features/customers/components/customers-page.tsx';
import { DashboardPage } from './features/dashboard/components/dashboard-page.tsx';
import { EventsPage } from './features/events/components/events-page.tsx';
import { ModulePlaceholderPage } from './features/modules/components/module-placeholder-page.tsx';
import { DepartmentsPage } from './features/org/components/departments-page.tsx';
import { OrgChartPage } from './features/org/components/org-chart-page.tsx';
import { OrgLayout } from './features/org/components/org-layout.tsx';
import { OrgOverviewPage } from './features/org/components/org-overview-page.tsx';
import { PeopleImportPage } from './features/org/components/people-import-page.tsx';
import { PeoplePage } from './features/org/components/people-page.tsx';
import { ValueChainPage } from './features/org/components/value-chain-page.tsx';
import { ValueChainsPage } from './features/org/components/value-chains-page.tsx';
import { createQueryClient } from './lib/query-client.ts';

/*
 * Every built module registers a static route here; `/:moduleKey` catches the others and
 * shows their honest placeholder. Static segments win over the parameter in React Router.
 */
function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <RequireSession />,
      errorElement: <RouteError />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <DashboardPage /> },
            {
              path: 'access',
              element: <AccessLayout />,
              children: [
                { index: true, element: <AccessIndex /> },
                {
                  path: 'users',
                  element: (
                    <RequirePermission permission="access.users.read">
                      <UsersPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'api-keys',
                  element: (
                    <RequirePermission permission="access.keys.read">
                      <ApiKeysPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'audit',
                  element: (
                    <RequirePermission permission="access.audit.read">
                      <AuditPage />
                    </RequirePermission>
                  ),
                },
              ],
            },
            {
              path: 'customers',
              element: (
                <RequirePermission permission="customers.accounts.read">
                  <CustomersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'customers/:customerId',
              element: (
                <RequirePermission permission="customers.accounts.read">
                  <CustomerPage />
                </RequirePermission>
              ),
            },
            {
              path: 'events',
              element: (
                <RequirePermission permission="events.read">
                  <EventsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'org',
              element: <OrgLayout />,
              children: [
                { index: true, element: <OrgOverviewPage /> },
                { path: 'departments', element: <DepartmentsPage /> },
                {
                  path: 'people',
                  element: (
                    <RequirePermission permission="org.people.read">
                      <PeoplePage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'people/import',
                  element: (
                    <RequirePermission permission="org.people.import">
                      <PeopleImportPage />
                    </RequirePermission>
                  ),
                },
                { path: 'value-chains', element: <ValueChainsPage /> },
                { path: 'value-chains/:valueChainId', element: <ValueChainPage /> },
                {
                  path: 'chart',
                  element: (
                    <RequirePermission permission="org.people.read">
                      <OrgChartPage />
                    </RequirePermission>
                  ),
                },
              ],
            },
            { path: ':moduleKey', element: <ModulePlaceholderPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
