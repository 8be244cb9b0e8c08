import type { TUpdateVoiceSettingsRequest, TVoiceSettings } from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';

const DEFAULTS = { recontactDays: 30, linkValidDays: 30 } as const;

/** The stored settings, or the defaults when none were saved yet. */
export async function readVoiceSettings(tx: TTransaction): Promise<TVoiceSettings> {
  const [row] = await tx.select().from(schema.voiceSettings);
  return row
    ? {
        recontactDays: row.recontactDays,
        linkValidDays: row.linkValidDays,
        updatedAt: row.updatedAt.toISOString(),
      }
    : { ...DEFAULTS, updatedAt: null };
}

export function getVoiceSettings(context: TServiceContext): Promise<TVoiceSettings> {
  return withTenant(context.database, context.actor.orgId, readVoiceSettings);
}

export async function updateVoiceSettings(
  context: TServiceContext,
  request: TUpdateVoiceSettingsRequest,
): Promise<TVoiceSettings> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const before = await readVoiceSettings(tx);
    const values = { ...request, updatedAt: new Date() };
    await tx
      .insert(schema.voiceSettings)
      .values({ orgId: actor.orgId, ...values })
      .onConflictDoUpdate({ target: schema.voiceSettings.orgId, set: values });
    await recordAudit(tx, actor, {
      action: 'voice_settings.updated',
      subjectType: 'organization',
      subjectId: actor.orgId,
      changes: {
        recontactDays: { from: before.recontactDays, to: request.recontactDays },
        linkValidDays: { from: before.linkValidDays, to: request.linkValidDays },
      },
    });
    return readVoiceSettings(tx);
  });
}
