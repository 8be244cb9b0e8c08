import type { TOrgChart } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import type { TCustomerDepartmentLine, TRole } from '@customeric/domain';
import { asc, eq, isNull } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { readOrgSettings } from './get-org-settings.ts';

/**
 * Everyone active and every active department, compactly, to draw the tree by manager and
 * the Customer Department's lines in one request. Without a chosen head, the first active
 * CCO stands for the Customer Department.
 */
export async function getOrgChart(context: TServiceContext): Promise<TOrgChart> {
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const people = await tx
      .select({
        id: schema.users.id,
        name: schema.users.name,
        title: schema.users.title,
        role: schema.users.role,
        departmentId: schema.users.departmentId,
        managerId: schema.users.managerId,
        isExecutive: schema.users.isExecutive,
      })
      .from(schema.users)
      .where(eq(schema.users.active, true))
      .orderBy(asc(schema.users.name), asc(schema.users.id));
    const departments = await tx
      .select({
        id: schema.departments.id,
        name: schema.departments.name,
        customerDepartmentLine: schema.departments.customerDepartmentLine,
        headId: schema.departments.headUserId,
      })
      .from(schema.departments)
      .where(isNull(schema.departments.archivedAt))
      .orderBy(asc(schema.departments.name));
    const settings = await readOrgSettings(tx);
    const activeIds = new Set(people.map((person) => person.id));
    const chosen = settings.customerDepartmentHeadId;
    const cco = people.find((person) => person.role === 'cco');
    return {
      people: people.map((person) => ({ ...person, role: person.role as TRole })),
      departments: departments.map((department) => ({
        ...department,
        customerDepartmentLine: department.customerDepartmentLine as TCustomerDepartmentLine,
      })),
      customerDepartmentHeadId: chosen && activeIds.has(chosen) ? chosen : (cco?.id ?? null),
    };
  });
}
