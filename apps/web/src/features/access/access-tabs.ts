import type { TPermission } from '@customeric/domain';

interface TAccessTab {
  path: 'users' | 'api-keys' | 'webhooks' | 'audit';
  label: string;
  permission: TPermission;
}

/** The sub-pages of Access, each shown only to someone holding its read permission. */
const ACCESS_TABS: readonly TAccessTab[] = [
  { path: 'users', label: 'Users', permission: 'access.users.read' },
  { path: 'api-keys', label: 'API keys', permission: 'access.keys.read' },
  { path: 'webhooks', label: 'Webhooks', permission: 'webhooks.read' },
  { path: 'audit', label: 'Audit log', permission: 'access.audit.read' },
];

export function getAllowedTabs(permissions: ReadonlySet<string>): readonly TAccessTab[] {
  return ACCESS_TABS.filter((tab) => permissions.has(tab.permission));
}
