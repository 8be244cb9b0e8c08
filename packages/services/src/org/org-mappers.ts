import type { TDepartment, TPerson, TSkill, TValueChainSummary } from '@customeric/contracts';
import type { schema } from '@customeric/db';
import type { TCustomerDepartmentLine, TDepartmentFunction, TRole } from '@customeric/domain';

type TDepartmentRow = typeof schema.departments.$inferSelect;
type TUserRow = typeof schema.users.$inferSelect;
type TValueChainRow = typeof schema.valueChains.$inferSelect;

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** Imported people get a hash that no password matches; see passwords.ts. */
export const UNUSABLE_PASSWORD_PREFIX = '!';

export function toDepartment(
  row: TDepartmentRow,
  extra: { headName: string | null; peopleCount: number },
): TDepartment {
  return {
    id: row.id,
    name: row.name,
    function: row.function as TDepartmentFunction,
    customerFacing: row.customerFacing,
    customerDepartmentLine: row.customerDepartmentLine as TCustomerDepartmentLine,
    headId: row.headUserId,
    headName: extra.headName,
    peopleCount: extra.peopleCount,
    createdAt: row.createdAt.toISOString(),
    archivedAt: iso(row.archivedAt),
  };
}

export function toPerson(row: TUserRow, skills: TSkill[]): TPerson {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    title: row.title,
    role: row.role as TRole,
    departmentId: row.departmentId,
    managerId: row.managerId,
    isExecutive: row.isExecutive,
    active: row.active,
    customerWorkShare: row.customerWorkShare,
    skills,
    canSignIn: !row.passwordHash.startsWith(UNUSABLE_PASSWORD_PREFIX),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The fields every view of a value chain shares. */
export function toValueChainBase(
  row: TValueChainRow,
  managerName: string | null,
): Omit<TValueChainSummary, 'stageCount' | 'handoffCount'> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    managerId: row.managerUserId,
    managerName,
    createdAt: row.createdAt.toISOString(),
    archivedAt: iso(row.archivedAt),
  };
}

/** `{ field: { from, to } }` for the fields of `after` that differ from `before`. */
export function diffFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(after)) {
    if (to === undefined) continue;
    const from = before[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
