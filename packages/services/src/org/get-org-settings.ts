import type { TOrgSettings } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import {
  DEFAULT_TARGET_BAND,
  OPERATING_MODEL_EXPLANATIONS,
  type TOperatingModel,
} from '@customeric/domain';
import type { TServiceContext } from '../common/context.ts';

/** The stored settings, or the defaults when none were saved yet. */
export async function readOrgSettings(tx: TTransaction): Promise<TOrgSettings> {
  const [row] = await tx.select().from(schema.orgSettings);
  const operatingModel = (row?.operatingModel ?? 'cco_led') as TOperatingModel;
  return {
    operatingModel,
    operatingModelExplanation: OPERATING_MODEL_EXPLANATIONS[operatingModel],
    targetBand: row
      ? { min: row.targetShareMin, max: row.targetShareMax }
      : { ...DEFAULT_TARGET_BAND },
    customerDepartmentHeadId: row?.customerDepartmentHeadId ?? null,
    updatedAt: row ? row.updatedAt.toISOString() : null,
  };
}

export function getOrgSettings(context: TServiceContext): Promise<TOrgSettings> {
  return withTenant(context.database, context.actor.orgId, readOrgSettings);
}
