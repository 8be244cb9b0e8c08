import type { TProgrammeSettings } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../access/record-audit.ts';
import type { TServiceContext } from '../../common/context.ts';

/** Seed 001: "every senior executive deal personally with a few customer complaints every month". */
const DEFAULT_MONTHLY_QUOTA = 3;

export async function loadProgrammeSettings(tx: TTransaction): Promise<TProgrammeSettings> {
  const [row] = await tx.select().from(schema.caseProgrammeSettings);
  return {
    monthlyQuota: row?.monthlyQuota ?? DEFAULT_MONTHLY_QUOTA,
    closedLoopEnabled: row?.closedLoopEnabled ?? true,
  };
}

export async function getProgrammeSettings(context: TServiceContext): Promise<TProgrammeSettings> {
  return withTenant(context.database, context.actor.orgId, loadProgrammeSettings);
}

/** Changes the monthly quota (from the next run on) and switches the closed loop on or off. */
export async function updateProgrammeSettings(
  context: TServiceContext,
  request: TProgrammeSettings,
): Promise<TProgrammeSettings> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const before = await loadProgrammeSettings(tx);
    await tx
      .insert(schema.caseProgrammeSettings)
      .values({ orgId: actor.orgId, ...request })
      .onConflictDoUpdate({
        target: schema.caseProgrammeSettings.orgId,
        set: { ...request, updatedAt: sql`now()` },
      });
    await recordAudit(tx, actor, {
      action: 'case_programme.settings_updated',
      subjectType: 'organization',
      subjectId: actor.orgId,
      changes: { before, after: request },
    });
    return loadProgrammeSettings(tx);
  });
}
