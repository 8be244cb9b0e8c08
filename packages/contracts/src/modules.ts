/**
 * The capabilities of PRODUCT.md, in the order the navigation shows them. `built` says
 * whether the module has screens yet; the ones that do not show an honest empty state.
 */
export const MODULES = [
  {
    key: 'org',
    title: 'Org & value chains',
    built: true,
    summary: 'Departments, people, value chains and the handoffs between silos.',
  },
  {
    key: 'customers',
    title: 'Customers',
    built: true,
    summary: 'Accounts, contacts and one timeline of every interaction.',
  },
  {
    key: 'events',
    title: 'Events',
    built: true,
    summary: 'Every interaction from every system, ingested idempotently.',
  },
  {
    key: 'promises',
    title: 'Promises',
    built: true,
    summary: 'The Customer Bill of Rights, measured on live events.',
  },
  {
    key: 'cases',
    title: 'Cases',
    built: true,
    summary: 'Problems that cross departments, the handoff ledger and the executive programme.',
  },
  { key: 'voice', title: 'Voice', built: true, summary: 'Surveys, answers and themes.' },
  {
    key: 'scores',
    title: 'Scores',
    built: true,
    summary: 'Customer scores with intervals, and why they moved.',
  },
  {
    key: 'value',
    title: 'Value',
    built: false,
    summary: 'Customer value both ways, health and churn.',
  },
  {
    key: 'goals',
    title: 'Goals & bonuses',
    built: false,
    summary: 'Key metrics, targets and customer-driven bonuses.',
  },
  {
    key: 'programs',
    title: 'Programmes',
    built: false,
    summary: 'Customer improvement programmes and their road maps.',
  },
  {
    key: 'assessment',
    title: 'Assessment',
    built: false,
    summary: 'The Chief Customer Officer readiness assessment.',
  },
  {
    key: 'reports',
    title: 'Reports',
    built: false,
    summary: 'Board report, scorecards and the digest of customer achievements.',
  },
  {
    key: 'market',
    title: 'Market',
    built: true,
    summary: 'Competitors, market share and financial results.',
  },
  {
    key: 'access',
    title: 'Access',
    built: true,
    summary: 'Users, roles, API keys, webhooks and the audit log.',
  },
] as const;

export type TModuleKey = (typeof MODULES)[number]['key'];
