import type { TCreateDepartmentRequest, TDepartment } from '@customeric/contracts';
import { newId, schema, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { readDepartment } from './department-query.ts';
import { assertActivePerson, rethrowUnique } from './org-guards.ts';

export async function createDepartment(
  context: TServiceContext,
  request: TCreateDepartmentRequest,
): Promise<TDepartment> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    if (request.headId) await assertActivePerson(tx, request.headId, '/headId');
    const id = newId('dep');
    await tx
      .insert(schema.departments)
      .values({
        orgId: actor.orgId,
        id,
        name: request.name,
        function: request.function,
        customerFacing: request.customerFacing,
        customerDepartmentLine: request.customerDepartmentLine,
        headUserId: request.headId,
      })
      .catch(rethrowUnique('/name', `There is already a department called ${request.name}.`));
    await recordAudit(tx, actor, {
      action: 'department.created',
      subjectType: 'department',
      subjectId: id,
      changes: { ...request },
    });
    return (await readDepartment(tx, id)) as TDepartment;
  });
}
