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
