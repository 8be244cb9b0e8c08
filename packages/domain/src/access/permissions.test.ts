import { describe, expect, it } from 'vitest';
import {
  API_KEY_SCOPES,
  PERMISSIONS,
  permissionsOfRole,
  roleCan,
  scopesCan,
} from './permissions.ts';
import { ROLES } from './roles.ts';

describe('permission table', () => {
  it.each([
    ['admin', 'access.users.write', true],
    ['ceo', 'access.users.write', false],
    ['board', 'access.users.read', false],
    ['board', 'access.organization.read', true],
    ['employee', 'access.audit.read', false],
    ['ceo', 'access.audit.read', true],
    ['employee', 'org.people.read', true],
    ['employee', 'org.people.write', false],
    ['department_head', 'org.people.write', true],
    ['board', 'org.people.read', false],
    ['board', 'org.value_chains.read', true],
    ['value_chain_manager', 'org.value_chains.write', true],
    ['cco', 'org.settings.write', false],
    ['ceo', 'org.people.import', false],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(roleCan(role, permission)).toBe(expected);
  });

  it('lets an API key use only scopes marked for keys', () => {
    expect(scopesCan(['access.users.read'], 'access.users.read')).toBe(true);
    expect(scopesCan(['access.keys.write'], 'access.keys.write')).toBe(false);
    expect(scopesCan([], 'access.users.read')).toBe(false);
    expect(API_KEY_SCOPES).not.toContain('access.keys.write');
  });

  it('gives every permission to at least one role and every role at least one permission', () => {
    for (const [name, entry] of Object.entries(PERMISSIONS)) {
      expect(entry.roles.length, name).toBeGreaterThan(0);
    }
    for (const role of ROLES) expect(permissionsOfRole(role).length, role).toBeGreaterThan(0);
  });
});
