import { PEOPLE_CSV_COLUMNS, type TPersonFilters } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { stringify } from 'csv-stringify/sync';
import { asc } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { filterPeople } from './find-people.ts';
import { protectCell } from './people-csv/csv-cells.ts';
import { formatSkills } from './people-csv/describe-changes.ts';
import { loadSkills } from './person-skills.ts';

/**
 * The people matching the filters as CSV, in the columns the import reads, so an export can
 * be edited in a spreadsheet and imported back.
 */
export async function exportPeopleCsv(
  context: TServiceContext,
  filters: TPersonFilters,
): Promise<string> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const people = await tx
      .select()
      .from(schema.users)
      .where(filterPeople(filters))
      .orderBy(asc(schema.users.name), asc(schema.users.id));
    const departments = await tx
      .select({ id: schema.departments.id, name: schema.departments.name })
      .from(schema.departments);
    const departmentName = new Map(departments.map((row) => [row.id, row.name]));
    const emailOf = new Map(
      (await tx.select({ id: schema.users.id, email: schema.users.email }).from(schema.users)).map(
        (row) => [row.id, row.email],
      ),
    );
    const skills = await loadSkills(
      tx,
      people.map((person) => person.id),
    );
    const records = people.map((person) =>
      [
        person.email,
        person.name,
        person.title ?? '',
        person.departmentId ? (departmentName.get(person.departmentId) ?? '') : '',
        person.managerId ? (emailOf.get(person.managerId) ?? '') : '',
        person.role,
        person.isExecutive ? 'yes' : 'no',
        person.customerWorkShare === null ? '' : String(person.customerWorkShare),
        formatSkills(skills.get(person.id) ?? []),
      ].map(protectCell),
    );
    return stringify([[...PEOPLE_CSV_COLUMNS], ...records]);
  });
}
