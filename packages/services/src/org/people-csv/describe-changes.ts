import type { TSkill } from '@customeric/contracts';
import type { TExistingPerson, TPersonValues, TUpdateOperation } from './import-types.ts';
import type { TImportIndex } from './plan-row.ts';

type TChanges = Record<string, { from: unknown; to: unknown }>;

const COLUMN_OF: Record<keyof TPersonValues, string> = {
  name: 'name',
  title: 'title',
  departmentId: 'department',
  role: 'role',
  isExecutive: 'executive',
  customerWorkShare: 'customer_work_share',
};

/** Skills the way the file writes them: "crm:4; negotiation:3". */
export function formatSkills(skills: readonly TSkill[]): string {
  return skills.map((skill) => `${skill.tag}:${skill.level}`).join('; ');
}

function shown(field: keyof TPersonValues, value: unknown, index: TImportIndex): unknown {
  if (field !== 'departmentId' || typeof value !== 'string') return value;
  return index.departmentNames.get(value) ?? value;
}

/** An update as a person reads it: by column, with names and e-mails rather than ids. */
export function describeChanges(update: TUpdateOperation, index: TImportIndex): TChanges {
  const existing = index.byId.get(update.id) as TExistingPerson;
  const changes: TChanges = {};
  for (const [field, to] of Object.entries(update.values) as [keyof TPersonValues, unknown][]) {
    changes[COLUMN_OF[field]] = {
      from: shown(field, existing[field], index),
      to: shown(field, to, index),
    };
  }
  if (update.managerEmail !== undefined) {
    const before = existing.managerId ? index.byId.get(existing.managerId)?.email : null;
    changes.manager_email = { from: before ?? null, to: update.managerEmail };
  }
  if (update.skills)
    changes.skills = { from: formatSkills(existing.skills), to: formatSkills(update.skills) };
  return changes;
}
