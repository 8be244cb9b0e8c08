import { ZId } from '@customeric/contracts';
import { z } from 'zod';

export const DELIVER_WEBHOOK_JOB = 'webhooks.deliver';

/** One attempt of one delivery; `attempt` tells a current job from a stale duplicate. */
export const ZDeliverWebhookData = z.object({
  orgId: ZId('org'),
  deliveryId: ZId('whd'),
  attempt: z.number().int().min(1),
});

export type TDeliverWebhookData = z.infer<typeof ZDeliverWebhookData>;
