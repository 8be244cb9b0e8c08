import type { TSkill } from '@customeric/contracts';
import type {
  TCreateOperation,
  TExistingPerson,
  TImportState,
  TPersonValues,
  TUpdateOperation,
} from './import-types.ts';
import type { TPersonRow, TRowIssue } from './read-person-row.ts';

export interface TImportIndex {
  byEmail: Map<string, TExistingPerson>;
  byId: Map<string, TExistingPerson>;
  departmentsByName: Map<string, { id: string; name: string; archived: boolean }>;
  departmentNames: Map<string, string>;
}

export function buildImportIndex(state: TImportState): TImportIndex {
  return {
    byEmail: new Map(state.people.map((person) => [person.email, person])),
    byId: new Map(state.people.map((person) => [person.id, person])),
    departmentsByName: new Map(state.departments.map((d) => [d.name.toLowerCase(), d])),
    departmentNames: new Map(state.departments.map((d) => [d.id, d.name])),
  };
}

export interface TPlannedRow {
  create?: TCreateOperation;
  update?: TUpdateOperation;
  issues: TRowIssue[];
}

function resolveDepartment(person: TPersonRow, index: TImportIndex, issues: TRowIssue[]) {
  if (!person.departmentName) return person.departmentName; // not in the file, or cleared
  const found = index.departmentsByName.get(person.departmentName.toLowerCase());
  const problem = !found
    ? `there is no department called “${person.departmentName}”`
    : found.archived
      ? `${found.name} is archived`
      : null;
  if (problem) issues.push({ row: person.row, column: 'department', message: problem });
  return found?.id;
}

function checkManager(person: TPersonRow, index: TImportIndex, inFile: Set<string>): string | null {
  const email = person.managerEmail;
  if (!email) return null;
  if (email === person.email) return 'is the person themself: nobody is their own manager';
  const existing = index.byEmail.get(email);
  if (existing && !existing.active && !inFile.has(email))
    return `${email} belongs to a deactivated person`;
  if (!existing && !inFile.has(email))
    return `there is nobody with the e-mail ${email} in Customeric or in this file`;
  return null;
}

function checkRole(person: TPersonRow, existing: TExistingPerson | undefined): string | null {
  if (existing?.role === 'admin' && person.role && person.role !== 'admin')
    return `${existing.name} is an administrator; change their role in Access`;
  if (person.role === 'admin' && existing?.role !== 'admin')
    return 'administrators are made in Access, not by import';
  return null;
}

const sameSkills = (a: readonly TSkill[], b: readonly TSkill[]) =>
  JSON.stringify([...a].sort((x, y) => x.tag.localeCompare(y.tag))) ===
  JSON.stringify([...b].sort((x, y) => x.tag.localeCompare(y.tag)));

function diffExisting(
  person: TPersonRow,
  existing: TExistingPerson,
  departmentId: string | null | undefined,
  index: TImportIndex,
): TUpdateOperation | undefined {
  const wanted: Partial<TPersonValues> = {
    name: person.name,
    title: person.title,
    departmentId,
    role: person.role ?? undefined,
    isExecutive: person.isExecutive ?? undefined,
    customerWorkShare: person.customerWorkShare,
  };
  const values = Object.fromEntries(
    Object.entries(wanted).filter(
      ([field, value]) => value !== undefined && value !== existing[field as keyof TPersonValues],
    ),
  ) as Partial<TPersonValues>;
  const managerBefore = existing.managerId ? index.byId.get(existing.managerId)?.email : null;
  const update: TUpdateOperation = {
    row: person.row,
    id: existing.id,
    email: existing.email,
    values,
  };
  if (person.managerEmail !== undefined && person.managerEmail !== (managerBefore ?? null))
    update.managerEmail = person.managerEmail;
  if (person.skills && !sameSkills(person.skills, existing.skills)) update.skills = person.skills;
  const changed = Object.keys(values).length > 0 || 'managerEmail' in update || 'skills' in update;
  return changed ? update : undefined;
}

export function planRow(person: TPersonRow, index: TImportIndex, inFile: Set<string>): TPlannedRow {
  const issues: TRowIssue[] = [];
  const existing = index.byEmail.get(person.email);
  const departmentId = resolveDepartment(person, index, issues);
  const managerProblem = checkManager(person, index, inFile);
  if (managerProblem)
    issues.push({ row: person.row, column: 'manager_email', message: managerProblem });
  const roleProblem = checkRole(person, existing);
  if (roleProblem) issues.push({ row: person.row, column: 'role', message: roleProblem });
  if (issues.length > 0 || !person.email || !person.name) return { issues };
  if (existing) return { update: diffExisting(person, existing, departmentId, index), issues };
  const create: TCreateOperation = {
    row: person.row,
    email: person.email,
    values: {
      name: person.name,
      title: person.title ?? null,
      departmentId: departmentId ?? null,
      role: person.role ?? 'employee',
      isExecutive: person.isExecutive ?? false,
      customerWorkShare: person.customerWorkShare ?? null,
    },
    managerEmail: person.managerEmail ?? null,
    skills: person.skills ?? [],
  };
  return { create, issues };
}
