import type { TCaseSettings, TUpdateCaseSettingsRequest } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { asc, inArray } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

/** The default target when nobody has saved one: a business day and a night. */
const DEFAULT_OLA_HOURS = 24;

export interface TOlaTargets {
  defaultHours: number;
  byDepartment: Map<string, number>;
}

export async function loadOlaTargets(tx: TTransaction): Promise<TOlaTargets> {
  const [settings] = await tx.select().from(schema.caseSettings);
  const targets = await tx
    .select()
    .from(schema.caseDepartmentTargets)
    .orderBy(asc(schema.caseDepartmentTargets.departmentId));
  return {
    defaultHours: settings ? Number(settings.defaultOlaHours) : DEFAULT_OLA_HOURS,
    byDepartment: new Map(targets.map((row) => [row.departmentId, Number(row.olaHours)])),
  };
}

function toSettings(targets: TOlaTargets, emailConfigured: boolean): TCaseSettings {
  return {
    defaultOlaHours: targets.defaultHours,
    departmentTargets: [...targets.byDepartment].map(([departmentId, olaHours]) => ({
      departmentId,
      olaHours,
    })),
    emailConfigured,
  };
}

export async function getCaseSettings(
  context: TServiceContext,
  emailConfigured: boolean,
): Promise<TCaseSettings> {
  return withTenant(context.database, context.actor.orgId, async (tx) =>
    toSettings(await loadOlaTargets(tx), emailConfigured),
  );
}

/** Saves the default target and replaces the per-department ones. */
export async function updateCaseSettings(
  context: TServiceContext,
  request: TUpdateCaseSettingsRequest,
  emailConfigured: boolean,
): Promise<TCaseSettings> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const ids = request.departmentTargets.map((target) => target.departmentId);
    const known = ids.length
      ? await tx
          .select({ id: schema.departments.id })
          .from(schema.departments)
          .where(inArray(schema.departments.id, ids))
      : [];
    const knownIds = new Set(known.map((row) => row.id));
    const errors = ids.flatMap((id, index) =>
      knownIds.has(id)
        ? []
        : [{ pointer: `/departmentTargets/${index}/departmentId`, message: 'is not a department' }],
    );
    if (errors.length > 0)
      throw new AppError('validation_failed', {
        detail: 'Some targets name no department.',
        errors,
      });
    const now = new Date();
    await tx
      .insert(schema.caseSettings)
      .values({ orgId: actor.orgId, defaultOlaHours: request.defaultOlaHours, updatedAt: now })
      .onConflictDoUpdate({
        target: schema.caseSettings.orgId,
        set: { defaultOlaHours: request.defaultOlaHours, updatedAt: now },
      });
    await tx.delete(schema.caseDepartmentTargets);
    if (request.departmentTargets.length > 0)
      await tx.insert(schema.caseDepartmentTargets).values(
        request.departmentTargets.map((target) => ({
          orgId: actor.orgId,
          ...target,
          updatedAt: now,
        })),
      );
    await recordAudit(tx, actor, {
      action: 'case_settings.updated',
      subjectType: 'case_settings',
      subjectId: actor.orgId,
      changes: request,
    });
    return toSettings(await loadOlaTargets(tx), emailConfigured);
  });
}
