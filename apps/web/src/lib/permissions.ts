import { PERMISSIONS, type TPermission } from '@customeric/domain';
import { useCurrentSession } from './current-session.ts';

/** The permissions the server granted this session, which is what the web shows and hides. */
export function usePermissions(): ReadonlySet<string> {
  const session = useCurrentSession();
  return new Set(session.permissions);
}

export function useCan(permission: TPermission): boolean {
  return usePermissions().has(permission);
}

export function describePermission(name: string): string {
  return name in PERMISSIONS ? PERMISSIONS[name as TPermission].description : name;
}
