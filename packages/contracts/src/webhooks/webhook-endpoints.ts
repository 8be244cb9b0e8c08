import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZSubscribableEventType } from './webhook-event-types.ts';

export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'succeeded', 'failed', 'dead'] as const;
export const ZWebhookDeliveryStatus = z.enum(WEBHOOK_DELIVERY_STATUSES).meta({
  description:
    'pending: not tried yet; failed: the last attempt failed and another is scheduled; dead: no more attempts',
});

export const ZWebhookEndpoint = z
  .object({
    id: ZId('whe'),
    url: z.string(),
    description: z.string(),
    eventTypes: z
      .array(z.string())
      .meta({ description: 'The event types it receives; empty: every type' }),
    enabled: z.boolean(),
    disabledReason: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    failingSince: z.string().nullable(),
    secretRotatedAt: z.string().nullable(),
    deliveries: z
      .object({ pending: z.number(), succeeded: z.number(), failed: z.number(), dead: z.number() })
      .meta({ description: 'Deliveries to this endpoint by status' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'WebhookEndpoint' });

const ZUrl = z.string().trim().min(1, 'is required').max(2000);
const ZDescription = z.string().trim().max(500);
const ZEventTypes = z
  .array(ZSubscribableEventType)
  .max(50)
  .transform((types) => [...new Set(types)].sort());

export const ZCreateWebhookEndpointRequest = z.object({
  url: ZUrl.meta({ description: 'Where to POST; https is strongly advised' }),
  description: ZDescription.default(''),
  eventTypes: ZEventTypes.default([]).meta({ description: 'Empty or left out: every type' }),
});

export const ZUpdateWebhookEndpointRequest = z
  .object({
    url: ZUrl,
    description: ZDescription,
    eventTypes: ZEventTypes,
    enabled: z
      .boolean()
      .meta({ description: 'true re-enables a disabled endpoint and forgets its failures' }),
  })
  .partial();

export const ZWebhookSecretResponse = z.object({
  endpoint: ZWebhookEndpoint,
  secret: z.string().meta({
    description:
      'whsec_ followed by base64: shown once. Verify each request with a Standard Webhooks library.',
  }),
  previousSecretExpiresAt: z
    .string()
    .nullable()
    .meta({ description: 'After a rotation, requests carry both signatures until then' }),
});

export const ZWebhookEndpointParams = z.object({ endpointId: ZId('whe') });
export const ZWebhookEndpointList = ZPage(ZWebhookEndpoint);

export type TWebhookEndpoint = z.infer<typeof ZWebhookEndpoint>;
export type TWebhookDeliveryStatus = z.infer<typeof ZWebhookDeliveryStatus>;
export type TCreateWebhookEndpointRequest = z.infer<typeof ZCreateWebhookEndpointRequest>;
export type TUpdateWebhookEndpointRequest = z.infer<typeof ZUpdateWebhookEndpointRequest>;
export type TWebhookSecretResponse = z.infer<typeof ZWebhookSecretResponse>;
