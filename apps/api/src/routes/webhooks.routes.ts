import {
  ZCreateWebhookEndpointRequest,
  ZCursorQuery,
  ZUpdateWebhookEndpointRequest,
  ZWebhookEndpoint,
  ZWebhookEndpointList,
  ZWebhookEndpointParams,
  ZWebhookEventTypeList,
  ZWebhookSecretResponse,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { webhookDeliveriesRoutes } from './webhook-deliveries.routes.ts';

interface TWebhooksRoutesOptions {
  database: TDatabase;
  /** Tests give their own (a local receiver, a fake resolver); otherwise the environment's. */
  webhooks?: services.TWebhookSettings;
}

const tags = ['webhooks'];

/** Webhook endpoints (Standard Webhooks); messages and deliveries are in the child plugin. */
export const webhooksRoutes: FastifyPluginAsyncZod<TWebhooksRoutesOptions> = async (
  app,
  options,
) => {
  const { database } = options;
  const settings = options.webhooks ?? services.readWebhookSettings();
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  await app.register(webhookDeliveriesRoutes, { database });

  app.get(
    '/api/webhooks/event-types',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'The event types an endpoint can receive, each with an example body',
        response: { 200: ZWebhookEventTypeList, ...problemResponses(...GUARDED) },
      },
    },
    async () => services.listWebhookEventTypes(),
  );

  app.get(
    '/api/webhooks/endpoints',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'List webhook endpoints (never their secrets)',
        querystring: ZCursorQuery,
        response: { 200: ZWebhookEndpointList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findWebhookEndpoints(context(request.auth), request.query),
  );

  app.post(
    '/api/webhooks/endpoints',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'Add an endpoint; its signing secret is in this response only',
        description:
          'Destinations on private, loopback, link-local and other non-public addresses are refused unless the operator sets CUSTOMERIC_WEBHOOKS_ALLOW_PRIVATE=true.',
        body: ZCreateWebhookEndpointRequest,
        response: { 201: ZWebhookSecretResponse, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.createWebhookEndpoint(context(request.auth), request.body, settings)),
  );

  app.get(
    '/api/webhooks/endpoints/:endpointId',
    {
      config: { access: 'webhooks.read' },
      schema: {
        tags,
        summary: 'One endpoint, with its deliveries by status',
        params: ZWebhookEndpointParams,
        response: { 200: ZWebhookEndpoint, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getWebhookEndpointById(context(request.auth), request.params.endpointId),
  );

  app.patch(
    '/api/webhooks/endpoints/:endpointId',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'Change the URL, description or event types; disable or enable again',
        params: ZWebhookEndpointParams,
        body: ZUpdateWebhookEndpointRequest,
        response: { 200: ZWebhookEndpoint, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateWebhookEndpoint(
        context(request.auth),
        request.params.endpointId,
        request.body,
        settings,
      ),
  );

  app.delete(
    '/api/webhooks/endpoints/:endpointId',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'Remove an endpoint with its deliveries',
        params: ZWebhookEndpointParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteWebhookEndpoint(context(request.auth), request.params.endpointId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/webhooks/endpoints/:endpointId/rotate-secret',
    {
      config: { access: 'webhooks.write' },
      schema: {
        tags,
        summary: 'A new signing secret, shown once; the old one still signs for a day',
        params: ZWebhookEndpointParams,
        response: { 200: ZWebhookSecretResponse, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.rotateWebhookSecret(context(request.auth), request.params.endpointId),
  );
};
