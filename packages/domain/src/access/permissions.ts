import { ROLES, type TRole } from './roles.ts';

/**
 * The one permission table. Route checks, the web navigation and the authorization-matrix
 * test are all generated from it, so changing a line here changes all three.
 *
 * `apiKeyScope: true` means an API key may be granted this permission as a scope; the rest
 * are for people only (an integration never manages users or keys).
 */
const ALL: readonly TRole[] = ROLES;
const LEADERS: readonly TRole[] = ['admin', 'ceo', 'cco', 'value_chain_manager', 'department_head'];

export const PERMISSIONS = {
  'access.organization.read': {
    roles: ALL,
    apiKeyScope: true,
    description: 'See the organisation and its settings',
  },
  'access.users.read': {
    roles: LEADERS,
    apiKeyScope: true,
    description: 'List the users of the organisation and their roles',
  },
  'access.users.write': {
    roles: ['admin'],
    apiKeyScope: false,
    description: 'Create users, change their roles, deactivate them',
  },
  'access.keys.read': {
    roles: ['admin'],
    apiKeyScope: false,
    description: 'List API keys (never their secrets)',
  },
  'access.keys.write': {
    roles: ['admin'],
    apiKeyScope: false,
    description: 'Create and revoke API keys',
  },
  'access.audit.read': {
    roles: ['admin', 'ceo'],
    apiKeyScope: true,
    description: 'Read the audit log of changes',
  },
  'org.settings.read': {
    roles: ALL,
    apiKeyScope: true,
    description: 'See the operating model and the target band of customer work',
  },
  'org.settings.write': {
    roles: ['admin', 'ceo'],
    apiKeyScope: false,
    description:
      'Choose the operating model, the target band and the head of the Customer Department',
  },
  'org.departments.read': {
    roles: ALL,
    apiKeyScope: true,
    description: 'See the departments, their function and their line to the Customer Department',
  },
  'org.departments.write': {
    roles: ['admin', 'ceo', 'cco'],
    apiKeyScope: false,
    description: 'Create, change and archive departments',
  },
  'org.people.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description: 'See the people, the org chart and the commitment to customer work',
  },
  'org.people.write': {
    roles: ['admin', 'ceo', 'cco', 'department_head'],
    apiKeyScope: false,
    description:
      'Change people’s title, manager, department, customer-work share and skills (department heads: their own department)',
  },
  'org.people.import': {
    roles: ['admin'],
    apiKeyScope: false,
    description: 'Import people from a CSV file',
  },
  'org.value_chains.read': {
    roles: ALL,
    apiKeyScope: true,
    description: 'See the value chains, their stages and the handoffs between silos',
  },
  'org.value_chains.write': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager'],
    apiKeyScope: false,
    description:
      'Create value chains and edit their stages (Value Chain Managers: the chains they manage)',
  },
  'customers.accounts.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description: 'See customers, their contacts and their timeline of events',
  },
  'customers.accounts.write': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager', 'department_head', 'employee'],
    apiKeyScope: true,
    description: 'Create and change customers and their contacts',
  },
  'events.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description: 'See the events taken in, the ingest statistics and the mapping rules',
  },
  'events.write': {
    roles: ['admin', 'cco', 'value_chain_manager', 'department_head'],
    apiKeyScope: true,
    description: 'Send events: batches, streams, CloudEvents and file uploads',
  },
  'events.mappings.write': {
    roles: ['admin', 'cco', 'value_chain_manager'],
    apiKeyScope: false,
    description: 'Edit the rules that give event types their department, value chain and stage',
  },
  'promises.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description: 'See the Bill of Rights, outcomes, breaches with their evidence, and compliance',
  },
  'promises.write': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager'],
    apiKeyScope: false,
    description: 'Write and change promises and their rules, preview them, re-evaluate history',
  },
  'promises.calendars.write': {
    roles: ['admin', 'cco'],
    apiKeyScope: false,
    description: 'Edit the business calendars (working hours, time zone, holidays)',
  },
  'cases.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description:
      'See every case of the organisation, its comments and its handoff ledger (cases cross departments, so no silo sees only its own)',
  },
  'cases.write': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description:
      'Open and work cases: edit, change status, hand off to another department, comment, bulk actions',
  },
  'cases.views.write': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: false,
    description: 'Keep personal saved views of the case list',
  },
  'cases.ledger.read': {
    roles: ALL,
    apiKeyScope: true,
    description:
      'See the handoff figures across cases: flows between departments, time held against targets, bounces',
  },
  'cases.settings.write': {
    roles: ['admin', 'ceo', 'cco'],
    apiKeyScope: false,
    description: 'Configure case statuses and each department’s target time to hold a case',
  },
  // The executive programme (seed 001): senior executives handle complaints personally and
  // listen in on calls. Who was given what, and what they learned, is for leadership; the
  // CEO and CCO run it. Personal acts, so no API key may do them.
  'cases.programme.read': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager', 'department_head', 'executive'],
    apiKeyScope: false,
    description:
      'See the executive programme: assignments, completion per executive and month, the learnings',
  },
  'cases.programme.write': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager', 'department_head', 'executive'],
    apiKeyScope: false,
    description:
      'Handle a complaint personally (your programme assignment, or one you picked up) and log calls you listened to',
  },
  'cases.programme.manage': {
    roles: ['admin', 'ceo', 'cco'],
    apiKeyScope: false,
    description: 'Run the monthly assignment and set the quota and the closed loop',
  },
  // Bridge people (seed 001: identify, cultivate, promote and reward them) is a ranking of
  // colleagues: for those who lead and reward people, not for everyone to read. Administrators
  // have every permission (they could give themselves any role).
  'cases.bridges.read': {
    roles: ['admin', 'ceo', 'cco', 'value_chain_manager', 'department_head'],
    apiKeyScope: false,
    description:
      'See the people who bridge silos, ranked from the collaboration on cases that crossed departments',
  },
  'voice.read': {
    roles: ROLES.filter((role) => role !== 'board'),
    apiKeyScope: true,
    description: 'See surveys, invitations, answers with their comments, and themes',
  },
  'voice.write': {
    roles: ['admin', 'cco', 'value_chain_manager'],
    apiKeyScope: true,
    description:
      'Create and change surveys, invite customers, edit themes and tag answers with themes',
  },
  'voice.answers.write': {
    roles: ['admin', 'cco'],
    apiKeyScope: true,
    description: 'Send survey answers by API and import them from CSV files',
  },
  // Scores are aggregates: everyone reads them, the board and executives included (seed 000).
  'scores.read': {
    roles: ALL,
    apiKeyScope: true,
    description:
      'See customer scores with their intervals, the control charts, and why the scores moved',
  },
  'market.read': {
    roles: ALL,
    apiKeyScope: true,
    description: 'See competitors, market share, revenue and profit, and how scores relate to them',
  },
  'market.write': {
    roles: ['admin', 'ceo', 'cco'],
    apiKeyScope: true,
    description: 'Enter, import and send competitors and market periods (share, revenue, profit)',
  },
  // Webhook endpoints receive customer data and hold signing secrets: administrators only.
  // An integration may manage its own subscriptions with a key (the spec's endpoint API).
  'webhooks.read': {
    roles: ['admin'],
    apiKeyScope: true,
    description: 'See webhook endpoints (never their secrets), messages and delivery attempts',
  },
  'webhooks.write': {
    roles: ['admin'],
    apiKeyScope: true,
    description:
      'Add, change and remove webhook endpoints, rotate secrets, send tests, retry deliveries',
  },
} as const satisfies Record<
  string,
  { roles: readonly TRole[]; apiKeyScope: boolean; description: string }
>;

export type TPermission = keyof typeof PERMISSIONS;

/**
 * What a route requires: nobody in particular ('public'), a person with a session of any
 * role ('signed_in'; API keys are refused), or one permission of the table.
 */
export type TRouteAccess = 'public' | 'signed_in' | TPermission;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as TPermission[];

export const API_KEY_SCOPES = PERMISSION_NAMES.filter((name) => PERMISSIONS[name].apiKeyScope);

export function roleCan(role: TRole, permission: TPermission): boolean {
  return (PERMISSIONS[permission].roles as readonly TRole[]).includes(role);
}

export function scopesCan(scopes: readonly string[], permission: TPermission): boolean {
  return PERMISSIONS[permission].apiKeyScope && scopes.includes(permission);
}

export function permissionsOfRole(role: TRole): TPermission[] {
  return PERMISSION_NAMES.filter((name) => roleCan(role, name));
}
