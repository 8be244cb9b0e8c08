import type { TDepartment, TPerson } from '@customeric/contracts';
import { useCurrentSession } from '../../lib/current-session.ts';
import { useCan } from '../../lib/permissions.ts';

/**
 * Which people this person may edit, as the server decides it: everyone for the CEO, the CCO
 * and administrators; a department head only the people of the departments they head.
 */
export function usePersonEditScope(departments: readonly TDepartment[] | undefined) {
  const { user } = useCurrentSession();
  const canWrite = useCan('org.people.write');
  const isDepartmentHead = user.role === 'department_head';
  const headed = new Set<string>(
    (departments ?? []).filter((d) => d.headId === user.id).map((d) => d.id),
  );
  if (user.departmentId) headed.add(user.departmentId);
  return {
    isDepartmentHead,
    canEdit: (person: TPerson) =>
      canWrite &&
      (!isDepartmentHead || (person.departmentId !== null && headed.has(person.departmentId))),
  };
}
