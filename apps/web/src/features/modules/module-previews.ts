import type { TModuleKey } from '@customeric/contracts';

/** What each module's screens will show, from PRODUCT.md, for the honest empty states. */
export const MODULE_PREVIEWS: Record<TModuleKey, readonly string[]> = {
  org: [
    'Departments with their function, whether they face the customer, and their line to the Customer Department',
    'People with role, manager, skills and the share of time committed to customer work',
    'Value chains with their manager, ordered stages and the handoffs between silos',
  ],
  customers: [
    'Accounts and contacts with segment, relationship level and status',
    'Churn dates and churn reasons',
    'One timeline of every interaction across all departments',
  ],
  events: [
    'Interactions from every system: orders, invoices, deliveries, calls, e-mails, visits, usage',
    'Bulk ingestion over HTTP, CSV, NDJSON and CloudEvents, idempotently',
  ],
  promises: [
    'The Customer Bill of Rights: each promise in customer wording with a measurable rule',
    'Breaches with their evidence',
    'Compliance rates by department, stage, value chain and customer',
  ],
  cases: [
    'Problems that cross departments, with owner, handoffs and their reasons',
    'SLA clocks from the promises, escalation and root cause',
    'The executive programme: complaints handled and calls listened to by senior executives',
  ],
  voice: [
    'NPS, CSAT, CES and custom surveys',
    'Answers with comments and themes, tied to the touchpoint, stage and department',
  ],
  scores: [
    'Customer scores with confidence intervals',
    'Why they moved: mix and rate effects by department, stage and segment, and key drivers',
  ],
  value: [
    'Value to the company: revenue, margin and lifetime value',
    'Value added to the customer, health and churn risk, and why customers leave',
  ],
  goals: [
    'A few key metrics with targets per department, value chain and person',
    'Customer-score-driven bonus plans with an explained payout',
    'Recognition of customer results and the people who bridge silos',
  ],
  programs: [
    'Improvement programmes with goal metric, baseline, target, team and budget',
    'A road map of bite-size milestones and the measured impact',
  ],
  assessment: [
    'The eleven-question Chief Customer Officer readiness assessment',
    'Each leader’s answers with commitment or dissent, consensus, tips and next steps',
  ],
  reports: [
    'The board report and department scorecards',
    'The internal digest of customer achievements and “you said, we did” for customers',
    'On screen, as PDF and by e-mail on a schedule',
  ],
  market: ['Competitors, market share and financial results per period'],
  access: ['Users, roles, API keys and the audit log'],
};
