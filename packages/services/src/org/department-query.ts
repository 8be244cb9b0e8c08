import type { TDepartment } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { toDepartment } from './org-mappers.ts';

const head = alias(schema.users, 'head');

const activePeople = sql<number>`(SELECT count(*)::int FROM users p
  WHERE p.org_id = ${schema.departments.orgId} AND p.department_id = ${schema.departments.id}
  AND p.active)`;

/** Departments with their head's name and their number of active people. */
export function selectDepartments(tx: TTransaction) {
  return tx
    .select({
      ...getTableColumns(schema.departments),
      headName: head.name,
      peopleCount: activePeople,
    })
    .from(schema.departments)
    .leftJoin(
      head,
      and(eq(head.orgId, schema.departments.orgId), eq(head.id, schema.departments.headUserId)),
    )
    .$dynamic();
}

type TDepartmentResult = Awaited<ReturnType<typeof selectDepartments>>[number];

export function toDepartmentView(row: TDepartmentResult): TDepartment {
  return toDepartment(row, { headName: row.headName, peopleCount: row.peopleCount });
}

export async function readDepartment(
  tx: TTransaction,
  departmentId: string,
): Promise<TDepartment | null> {
  const where: SQL = eq(schema.departments.id, departmentId);
  const [row] = await selectDepartments(tx).where(where);
  return row ? toDepartmentView(row) : null;
}
