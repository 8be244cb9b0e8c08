import type { TWebhookSecretResponse } from '@customeric/contracts';
import { schema, withTenant } from '@customeric/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import type { TServiceContext } from '../common/context.ts';
import { getEndpointView, lockEndpoint } from './webhook-queries.ts';
import { PREVIOUS_SECRET_HOURS } from './webhook-settings.ts';
import { newWebhookSecret } from './webhook-signature.ts';

/**
 * A new signing secret, shown once. For a day requests carry a signature with the old
 * secret as well, so a receiver can switch without rejecting a request (zero-downtime
 * rotation, as the specification describes); a second rotation keeps only the one it replaces.
 */
export async function rotateWebhookSecret(
  context: TServiceContext,
  endpointId: string,
  now: Date = new Date(),
): Promise<TWebhookSecretResponse> {
  const { actor } = context;
  const secret = newWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + PREVIOUS_SECRET_HOURS * 3_600_000);
  return withTenant(context.database, actor.orgId, async (tx) => {
    const before = await lockEndpoint(tx, endpointId);
    await tx
      .update(schema.webhookEndpoints)
      .set({
        secret,
        previousSecret: before.secret,
        previousSecretExpiresAt,
        secretRotatedAt: now,
        updatedAt: now,
      })
      .where(eq(schema.webhookEndpoints.id, endpointId));
    await recordAudit(tx, actor, {
      action: 'webhook_endpoint.secret_rotated',
      subjectType: 'webhook_endpoint',
      subjectId: endpointId,
      changes: {},
    });
    const endpoint = await getEndpointView(tx, endpointId);
    return { endpoint, secret, previousSecretExpiresAt: previousSecretExpiresAt.toISOString() };
  });
}
