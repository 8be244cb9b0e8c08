import { schema, type TTransaction } from '@customeric/db';
import type { TRole } from '@customeric/domain';
import { loadSkills } from '../person-skills.ts';
import type { TImportState } from './import-types.ts';

/** Everyone in the organisation and every department: what an import is compared against. */
export async function loadImportState(tx: TTransaction): Promise<TImportState> {
  const users = await tx
    .select({
      id: schema.users.id,
      email: schema.users.email,
      name: schema.users.name,
      title: schema.users.title,
      role: schema.users.role,
      departmentId: schema.users.departmentId,
      managerId: schema.users.managerId,
      isExecutive: schema.users.isExecutive,
      customerWorkShare: schema.users.customerWorkShare,
      active: schema.users.active,
    })
    .from(schema.users);
  const skills = await loadSkills(
    tx,
    users.map((user) => user.id),
  );
  const departments = await tx
    .select({
      id: schema.departments.id,
      name: schema.departments.name,
      archivedAt: schema.departments.archivedAt,
    })
    .from(schema.departments);
  return {
    people: users.map((user) => ({
      ...user,
      role: user.role as TRole,
      skills: skills.get(user.id) ?? [],
    })),
    departments: departments.map(({ archivedAt, ...department }) => ({
      ...department,
      archived: archivedAt !== null,
    })),
  };
}
