import type { TPermission } from '@customeric/domain';

export interface TCaseTab {
  path: string;
  label: string;
  permission: TPermission;
  end?: boolean;
}

const CASE_TABS: readonly TCaseTab[] = [
  { path: '/cases', label: 'Cases', permission: 'cases.read', end: true },
  { path: '/cases/handoffs', label: 'Handoffs', permission: 'cases.ledger.read' },
  { path: '/cases/escalations', label: 'Escalations', permission: 'cases.read' },
  { path: '/cases/programme', label: 'Executive programme', permission: 'cases.programme.read' },
  { path: '/cases/bridges', label: 'Bridge people', permission: 'cases.bridges.read' },
  { path: '/cases/settings', label: 'Statuses & targets', permission: 'cases.settings.write' },
];

export function getAllowedCaseTabs(permissions: ReadonlySet<string>): readonly TCaseTab[] {
  return CASE_TABS.filter((tab) => permissions.has(tab.permission));
}
