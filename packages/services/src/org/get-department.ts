import type { TDepartment } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readDepartment } from './department-query.ts';

export async function getDepartmentById(
  context: TServiceContext,
  departmentId: string,
): Promise<TDepartment> {
  const department = await withTenant(context.database, context.actor.orgId, (tx) =>
    readDepartment(tx, departmentId),
  );
  if (!department)
    throw new AppError('not_found', { detail: `There is no department ${departmentId}.` });
  return department;
}
