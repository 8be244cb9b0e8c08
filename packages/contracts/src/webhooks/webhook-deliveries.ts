import { z } from 'zod';
import { ZId } from '../common/ids.ts';
import { ZPage } from '../common/pagination.ts';
import { ZWebhookDeliveryStatus } from './webhook-endpoints.ts';

export const ZWebhookPayload = z
  .object({ type: z.string(), timestamp: z.string(), data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'WebhookPayload', description: 'The body of the request, as the spec recommends' });

export const ZWebhookAttempt = z
  .object({
    attempt: z.number().int(),
    attemptedAt: z.string(),
    succeeded: z.boolean(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    responseSnippet: z
      .string()
      .nullable()
      .meta({ description: 'The first kilobyte of the answer' }),
    durationMs: z.number().int(),
  })
  .meta({ id: 'WebhookAttempt' });

export const ZWebhookDelivery = z
  .object({
    id: ZId('whd'),
    endpointId: ZId('whe'),
    endpointUrl: z.string(),
    messageId: ZId('msg'),
    eventType: z.string(),
    status: ZWebhookDeliveryStatus,
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WebhookDelivery' });

export const ZWebhookDeliveryDetail = ZWebhookDelivery.extend({
  payload: ZWebhookPayload,
  attemptLog: z.array(ZWebhookAttempt).meta({ description: 'Every attempt, oldest first' }),
}).meta({ id: 'WebhookDeliveryDetail' });

export const ZWebhookMessage = z
  .object({
    id: ZId('msg').meta({ description: 'The webhook-id header: the same in every retry' }),
    type: z.string(),
    createdAt: z.string(),
    payload: ZWebhookPayload,
    deliveries: z.object({
      pending: z.number(),
      succeeded: z.number(),
      failed: z.number(),
      dead: z.number(),
    }),
  })
  .meta({ id: 'WebhookMessage' });

export const ZWebhookMessageDetail = ZWebhookMessage.extend({
  deliveryList: z.array(ZWebhookDelivery),
}).meta({ id: 'WebhookMessageDetail' });

export const ZWebhookDeliveryListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: ZWebhookDeliveryStatus.optional(),
});

export const ZWebhookMessageListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  type: z.string().max(100).optional(),
});

export const ZSendTestWebhookResponse = z.object({
  messageId: ZId('msg'),
  deliveryId: ZId('whd'),
});

export const ZWebhookDeliveryParams = z.object({ deliveryId: ZId('whd') });
export const ZWebhookMessageParams = z.object({ messageId: ZId('msg') });
export const ZWebhookDeliveryList = ZPage(ZWebhookDelivery);
export const ZWebhookMessageList = ZPage(ZWebhookMessage);

export type TWebhookPayload = z.infer<typeof ZWebhookPayload>;
export type TWebhookAttempt = z.infer<typeof ZWebhookAttempt>;
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;
export type TWebhookDeliveryDetail = z.infer<typeof ZWebhookDeliveryDetail>;
export type TWebhookMessage = z.infer<typeof ZWebhookMessage>;
export type TWebhookMessageDetail = z.infer<typeof ZWebhookMessageDetail>;
export type TWebhookDeliveryListQuery = z.infer<typeof ZWebhookDeliveryListQuery>;
export type TWebhookMessageListQuery = z.infer<typeof ZWebhookMessageListQuery>;
export type TSendTestWebhookResponse = z.infer<typeof ZSendTestWebhookResponse>;
