import {
  ZSendTestWebhookResponse,
  ZWebhookDelivery,
  ZWebhookDeliveryDetail,
  ZWebhookDeliveryList,
  ZWebhookDeliveryListQuery,
  ZWebhookDeliveryParams,
  ZWebhookEndpointParams,
  ZWebhookMessageDetail,
  ZWebhookMessageList,
  ZWebhookMessageListQuery,
  ZWebhookMessageParams,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['webhooks'];

/** What was published and what became of each delivery: lists, attempts, tests and retries. */
export const webhookDeliveriesRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.post(
    '/api/webhooks/endpoints/:endpointId/test',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'Send a webhook.test message to this endpoint now',
        params: ZWebhookEndpointParams,
        response: { 202: ZSendTestWebhookResponse, ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await services.sendTestWebhook(context(request.auth), request.params.endpointId)),
  );

  app.get(
    '/api/webhooks/endpoints/:endpointId/deliveries',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'Deliveries to this endpoint, newest first',
        params: ZWebhookEndpointParams,
        querystring: ZWebhookDeliveryListQuery,
        response: { 200: ZWebhookDeliveryList, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.findWebhookDeliveries(
        context(request.auth),
        request.params.endpointId,
        request.query,
      ),
  );

  app.get(
    '/api/webhooks/messages',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'Published messages, newest first, with their deliveries by status',
        querystring: ZWebhookMessageListQuery,
        response: { 200: ZWebhookMessageList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findWebhookMessages(context(request.auth), request.query),
  );

  app.get(
    '/api/webhooks/messages/:messageId',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'One message with its body and its deliveries',
        params: ZWebhookMessageParams,
        response: { 200: ZWebhookMessageDetail, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getWebhookMessageById(context(request.auth), request.params.messageId),
  );

  app.get(
    '/api/webhooks/deliveries/:deliveryId',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'One delivery with the body it sends and every attempt',
        params: ZWebhookDeliveryParams,
        response: { 200: ZWebhookDeliveryDetail, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getWebhookDeliveryById(context(request.auth), request.params.deliveryId),
  );

  app.post(
    '/api/webhooks/deliveries/:deliveryId/retry',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'Send a failed or dead delivery once more, now',
        params: ZWebhookDeliveryParams,
        response: { 202: ZWebhookDelivery, ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await services.retryWebhookDelivery(context(request.auth), request.params.deliveryId),
        ),
  );
};
