import type { TOrgSettings, TUpdateOrgSettingsRequest } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { readOrgSettings } from './get-org-settings.ts';
import { assertActivePerson } from './org-guards.ts';
import { diffFields } from './org-mappers.ts';

export async function updateOrgSettings(
  context: TServiceContext,
  request: TUpdateOrgSettingsRequest,
): Promise<TOrgSettings> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    if (request.customerDepartmentHeadId)
      await assertActivePerson(tx, request.customerDepartmentHeadId, '/customerDepartmentHeadId');
    const before = await readOrgSettings(tx);
    const values = {
      operatingModel: request.operatingModel,
      targetShareMin: request.targetBand.min,
      targetShareMax: request.targetBand.max,
      customerDepartmentHeadId: request.customerDepartmentHeadId,
      updatedAt: new Date(),
    };
    await tx
      .insert(schema.orgSettings)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: schema.orgSettings.orgId, set: values });
    const changes = diffFields(before, request);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, actor, {
        action: 'org_settings.updated',
        subjectType: 'organization',
        subjectId: actor.orgId,
        changes,
      });
    }
    return readOrgSettings(tx);
  });
}
