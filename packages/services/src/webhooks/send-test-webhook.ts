import type { TSendTestWebhookResponse } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';
import { publishWebhookMessage } from './publish-webhook-message.ts';
import { lockEndpoint } from './webhook-queries.ts';

/** A `webhook.test` message to this endpoint alone, whatever types it subscribes to. */
export async function sendTestWebhook(
  context: TServiceContext,
  endpointId: string,
): Promise<TSendTestWebhookResponse> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const endpoint = await lockEndpoint(tx, endpointId);
    if (!endpoint.enabled)
      throw new AppError('conflict', {
        detail: `The endpoint is disabled (${endpoint.disabledReason}); enable it before sending a test.`,
      });
    const published = await publishWebhookMessage(
      tx,
      actor.orgId,
      {
        type: 'webhook.test',
        data: {
          endpointId,
          message: 'A test from Customeric: your endpoint verifies our signature.',
        },
      },
      { endpointId },
    );
    const [deliveryId] = published.deliveryIds;
    if (!published.messageId || !deliveryId) throw new Error('the test message was not published');
    return { messageId: published.messageId, deliveryId };
  });
}
