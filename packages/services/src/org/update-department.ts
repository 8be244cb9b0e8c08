import type { TDepartment, TUpdateDepartmentRequest } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { readDepartment } from './department-query.ts';
import { assertActivePerson, rethrowUnique } from './org-guards.ts';
import { diffFields } from './org-mappers.ts';

/** An archived silo must leave nothing behind: no active people, no stage it still owns. */
async function assertCanArchive(tx: TTransaction, department: TDepartment): Promise<void> {
  const stages = await tx
    .select({ chain: schema.valueChains.name, stage: schema.valueChainStages.name })
    .from(schema.valueChainStageOwners)
    .innerJoin(
      schema.valueChainStages,
      and(
        eq(schema.valueChainStages.orgId, schema.valueChainStageOwners.orgId),
        eq(schema.valueChainStages.id, schema.valueChainStageOwners.stageId),
      ),
    )
    .innerJoin(
      schema.valueChains,
      and(
        eq(schema.valueChains.orgId, schema.valueChainStages.orgId),
        eq(schema.valueChains.id, schema.valueChainStages.valueChainId),
      ),
    )
    .where(
      and(
        eq(schema.valueChainStageOwners.departmentId, department.id),
        isNull(schema.valueChains.archivedAt),
      ),
    );
  const blockers = [
    department.peopleCount > 0
      ? `${department.peopleCount} active ${department.peopleCount === 1 ? 'person works' : 'people work'} in it`
      : null,
    stages.length > 0
      ? `it owns ${stages.map((row) => `${row.chain}: ${row.stage}`).join(', ')}`
      : null,
  ].filter((text) => text !== null);
  if (blockers.length === 0) return;
  throw new AppError('conflict', {
    detail: `${department.name} cannot be archived yet: ${blockers.join(' and ')}. Move the people and give the stages another owner first.`,
  });
}

function nextArchivedAt(archived: boolean | undefined, current: string | null) {
  if (archived === undefined) return undefined;
  if (!archived) return null;
  return current ? undefined : new Date();
}

function auditAction(changes: Record<string, { to: unknown }>): string {
  if (!changes.archived) return 'department.updated';
  return changes.archived.to ? 'department.archived' : 'department.restored';
}

export async function updateDepartment(
  context: TServiceContext,
  departmentId: string,
  request: TUpdateDepartmentRequest,
): Promise<TDepartment> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    await tx
      .select({ id: schema.departments.id })
      .from(schema.departments)
      .where(eq(schema.departments.id, departmentId))
      .for('update');
    const before = await readDepartment(tx, departmentId);
    if (!before)
      throw new AppError('not_found', { detail: `There is no department ${departmentId}.` });
    const { archived, headId, ...fields } = request;
    if (headId) await assertActivePerson(tx, headId, '/headId');
    if (archived && !before.archivedAt) await assertCanArchive(tx, before);
    await tx
      .update(schema.departments)
      .set({
        ...fields,
        headUserId: headId,
        archivedAt: nextArchivedAt(archived, before.archivedAt),
        updatedAt: new Date(),
      })
      .where(eq(schema.departments.id, departmentId))
      .catch(rethrowUnique('/name', `There is already a department called ${request.name}.`));
    const changes = diffFields(
      { ...before, archived: before.archivedAt !== null },
      { ...fields, headId, archived },
    );
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, actor, {
        action: auditAction(changes),
        subjectType: 'department',
        subjectId: departmentId,
        changes,
      });
    }
    return (await readDepartment(tx, departmentId)) as TDepartment;
  });
}
