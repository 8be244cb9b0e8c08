import type { TPermission } from '@customeric/domain';

export interface TOrgTab {
  path: string;
  label: string;
  permission: TPermission;
  /** The overview matches /org exactly; the others also match their sub-pages. */
  end?: boolean;
}

const ORG_TABS: readonly TOrgTab[] = [
  { path: '/org', label: 'Overview', permission: 'org.settings.read', end: true },
  { path: '/org/departments', label: 'Departments', permission: 'org.departments.read' },
  { path: '/org/people', label: 'People', permission: 'org.people.read' },
  { path: '/org/value-chains', label: 'Value chains', permission: 'org.value_chains.read' },
  { path: '/org/chart', label: 'Org chart', permission: 'org.people.read' },
];

export function getAllowedOrgTabs(permissions: ReadonlySet<string>): readonly TOrgTab[] {
  return ORG_TABS.filter((tab) => permissions.has(tab.permission));
}
