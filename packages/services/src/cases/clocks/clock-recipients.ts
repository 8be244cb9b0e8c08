import type { TTransaction } from '@customeric/db';
import type { TClockAlert } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TClockCase } from './case-clock-inputs.ts';

export interface TPerson {
  id: string;
  name: string;
  email: string;
  role: string;
  departmentId: string | null;
}

/** The active people of the organisation, and each department's head, once per check. */
export interface TDirectory {
  people: Map<string, TPerson>;
  heads: Map<string, string>;
}

export async function loadDirectory(tx: TTransaction): Promise<TDirectory> {
  const people = await tx.execute<{
    id: string;
    name: string;
    email: string;
    role: string;
    department_id: string | null;
  }>(sql`SELECT id, name, email, role, department_id FROM users WHERE active ORDER BY id`);
  const heads = await tx.execute<{ id: string; head_user_id: string }>(sql`
    SELECT id, head_user_id FROM departments WHERE head_user_id IS NOT NULL`);
  return {
    people: new Map(
      people.rows.map((row) => [
        row.id,
        {
          id: row.id,
          name: row.name,
          email: row.email,
          role: row.role,
          departmentId: row.department_id,
        },
      ]),
    ),
    heads: new Map(heads.rows.map((row) => [row.id, row.head_user_id])),
  };
}

/** The head of the department holding the case; else its people with the department head role. */
function departmentHeads(directory: TDirectory, departmentId: string | null): TPerson[] {
  if (!departmentId) return [];
  const head = directory.people.get(directory.heads.get(departmentId) ?? '');
  if (head) return [head];
  return [...directory.people.values()].filter(
    (person) => person.departmentId === departmentId && person.role === 'department_head',
  );
}

/**
 * Who hears of an alert. The case's people for warnings and breaches: its owner, else whoever
 * keeps the customer contact, else the head of the department holding it. An escalation goes
 * to its named person, or to everyone with its role (department heads: the case's own).
 * Nobody found: the CCO.
 */
export function findRecipients(
  alert: TClockAlert,
  theCase: TClockCase,
  directory: TDirectory,
): TPerson[] {
  const found = findNamed(alert, theCase, directory);
  if (found.length > 0) return found;
  // An alert nobody hears of is no alert: a case without owner or department (a follow-up
  // opened by the closed loop, say) goes to the Chief Customer Officer.
  return [...directory.people.values()].filter((person) => person.role === 'cco');
}

function findNamed(alert: TClockAlert, theCase: TClockCase, directory: TDirectory): TPerson[] {
  const { notify } = alert;
  if (notify === 'case') {
    const contact = directory.people.get(theCase.ownerUserId ?? theCase.frontOwnerUserId ?? '');
    return contact ? [contact] : departmentHeads(directory, theCase.departmentId);
  }
  if (notify.kind === 'person') {
    const person = directory.people.get(notify.userId);
    return person ? [person] : [];
  }
  if (notify.role === 'department_head') return departmentHeads(directory, theCase.departmentId);
  return [...directory.people.values()].filter((person) => person.role === notify.role);
}
