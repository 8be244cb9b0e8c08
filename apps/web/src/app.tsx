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
import { BridgePeoplePage } from './features/cases/components/bridge-people-page.tsx';
import { CasePage } from './features/cases/components/case-page.tsx';
import { CaseSettingsPage } from './features/cases/components/case-settings-page.tsx';
import { CasesLayout } from './features/cases/components/cases-layout.tsx';
import { CasesPage } from './features/cases/components/cases-page.tsx';
import { EscalationsPage } from './features/cases/components/escalations-page.tsx';
import { HandoffsPage } from './features/cases/components/handoffs-page.tsx';
import { ProgrammePage } from './features/cases/components/programme-page.tsx';
import { CustomerPage } from './features/customers/components/customer-page.tsx';
import { CustomersPage } from './features/customers/components/customers-page.tsx';
import { DashboardPage } from './features/dashboard/components/dashboard-page.tsx';
import { EventsPage } from './features/events/components/events-page.tsx';
import { MarketPage } from './features/market/components/market-page.tsx';
import { ModulePlaceholderPage } from './features/modules/components/module-placeholder-page.tsx';
import { DepartmentsPage } from './features/org/components/departments-page.tsx';
import { OrgChartPage } from './features/org/components/org-chart-page.tsx';
import { OrgLayout } from './features/org/components/org-layout.tsx';
import { OrgOverviewPage } from './features/org/components/org-overview-page.tsx';
import { PeopleImportPage } from './features/org/components/people-import-page.tsx';
import { PeoplePage } from './features/org/components/people-page.tsx';
import { ValueChainPage } from './features/org/components/value-chain-page.tsx';
import { ValueChainsPage } from './features/org/components/value-chains-page.tsx';
import { BillOfRightsPage } from './features/promises/components/bill-of-rights-page.tsx';
import { BreachDrawer } from './features/promises/components/breaches/breach-drawer.tsx';
import { BreachesPage } from './features/promises/components/breaches/breaches-page.tsx';
import { CalendarsPage } from './features/promises/components/calendars/calendars-page.tsx';
import { CharterPage } from './features/promises/components/charter/charter-page.tsx';
import { CompliancePage } from './features/promises/components/compliance/compliance-page.tsx';
import {
  EditPromisePage,
  NewPromisePage,
} from './features/promises/components/editor/promise-editor-page.tsx';
import { PromisesLayout } from './features/promises/components/promises-layout.tsx';
import { ControlChartPage } from './features/scores/components/control-chart-page.tsx';
import { ScoresLayout } from './features/scores/components/scores-layout.tsx';
import { ScoresPage } from './features/scores/components/scores-page.tsx';
import { WhyPage } from './features/scores/components/why-page.tsx';
import { AnswersPage } from './features/voice/components/answers-page.tsx';
import { AnswerImportPage } from './features/voice/components/import-page.tsx';
import { NewSurveyPage, SurveyPage } from './features/voice/components/survey-page.tsx';
import { SurveysPage } from './features/voice/components/surveys-page.tsx';
import { ThemesPage } from './features/voice/components/themes-page.tsx';
import { VoiceLayout } from './features/voice/components/voice-layout.tsx';
import { PublicSurveyPage } from './features/voice/public/public-survey-page.tsx';
import { WebhookEndpointPage } from './features/webhooks/components/webhook-endpoint-page.tsx';
import { WebhooksPage } from './features/webhooks/components/webhooks-page.tsx';
import { createQueryClient } from './lib/query-client.ts';

/*
 * Every built module registers a static route here; `/:moduleKey` catches the others and
 * shows their honest placeholder. Static segments win over the parameter in React Router.
 */
function createRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    // A survey's answer link: no log-in, no shell.
    { path: '/s/:token', element: <PublicSurveyPage />, errorElement: <RouteError /> },
    // The public Bill of Rights: no log-in, no shell.
    { path: '/charter/:slug', element: <CharterPage />, errorElement: <RouteError /> },
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
                {
                  path: 'webhooks',
                  element: (
                    <RequirePermission permission="webhooks.read">
                      <WebhooksPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'webhooks/:endpointId',
                  element: (
                    <RequirePermission permission="webhooks.read">
                      <WebhookEndpointPage />
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
            {
              path: 'promises',
              element: (
                <RequirePermission permission="promises.read">
                  <PromisesLayout />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <BillOfRightsPage /> },
                {
                  path: 'new',
                  element: (
                    <RequirePermission permission="promises.write">
                      <NewPromisePage />
                    </RequirePermission>
                  ),
                },
                { path: 'compliance', element: <CompliancePage /> },
                {
                  path: 'breaches',
                  element: <BreachesPage />,
                  children: [{ path: ':breachId', element: <BreachDrawer /> }],
                },
                { path: 'calendars', element: <CalendarsPage /> },
                { path: ':promiseId', element: <EditPromisePage /> },
              ],
            },
            {
              path: 'cases',
              element: <CasesLayout />,
              children: [
                {
                  index: true,
                  element: (
                    <RequirePermission permission="cases.read">
                      <CasesPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'handoffs',
                  element: (
                    <RequirePermission permission="cases.ledger.read">
                      <HandoffsPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'settings',
                  element: (
                    <RequirePermission permission="cases.settings.write">
                      <CaseSettingsPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'escalations',
                  element: (
                    <RequirePermission permission="cases.read">
                      <EscalationsPage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'programme',
                  element: (
                    <RequirePermission permission="cases.programme.read">
                      <ProgrammePage />
                    </RequirePermission>
                  ),
                },
                {
                  path: 'bridges',
                  element: (
                    <RequirePermission permission="cases.bridges.read">
                      <BridgePeoplePage />
                    </RequirePermission>
                  ),
                },
              ],
            },
            {
              path: 'cases/:caseId',
              element: (
                <RequirePermission permission="cases.read">
                  <CasePage />
                </RequirePermission>
              ),
            },
            {
              path: 'voice',
              element: (
                <RequirePermission permission="voice.read">
                  <VoiceLayout />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <SurveysPage /> },
                {
                  path: 'surveys/new',
                  element: (
                    <RequirePermission permission="voice.write">
                      <NewSurveyPage />
                    </RequirePermission>
                  ),
                },
                { path: 'surveys/:surveyId', element: <SurveyPage /> },
                { path: 'answers', element: <AnswersPage /> },
                { path: 'themes', element: <ThemesPage /> },
                {
                  path: 'import',
                  element: (
                    <RequirePermission permission="voice.answers.write">
                      <AnswerImportPage />
                    </RequirePermission>
                  ),
                },
              ],
            },
            {
              path: 'scores',
              element: (
                <RequirePermission permission="scores.read">
                  <ScoresLayout />
                </RequirePermission>
              ),
              children: [
                { index: true, element: <ScoresPage /> },
                { path: 'control', element: <ControlChartPage /> },
                { path: 'why', element: <WhyPage /> },
              ],
            },
            {
              path: 'market',
              element: (
                <RequirePermission permission="market.read">
                  <MarketPage />
                </RequirePermission>
              ),
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
