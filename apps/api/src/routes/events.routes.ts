import {
  ZCreateEventMappingRequest,
  ZCursorQuery,
  ZEventIngestList,
  ZEventListQuery,
  ZEventMapping,
  ZEventMappingList,
  ZEventMappingListQuery,
  ZEventMappingParams,
  ZEventPage,
  ZEventStats,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { eventIngestRoutes } from './events-ingest.routes.ts';

const tags = ['events'];

export const eventsRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  await app.register(eventIngestRoutes, { database });

  app.get(
    '/api/events',
    {
      config: { access: 'events.read' },
      schema: {
        tags,
        summary: 'The events most recently taken in, newest first',
        querystring: ZEventListQuery,
        response: { 200: ZEventPage, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findEvents(context(request.auth), request.query),
  );

  app.get(
    '/api/events/stats',
    {
      config: { access: 'events.read' },
      schema: {
        tags,
        summary: 'How many events, from which departments, and what the last week brought',
        response: { 200: ZEventStats, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.getEventStats(context(request.auth)),
  );

  app.get(
    '/api/events/ingests',
    {
      config: { access: 'events.read' },
      schema: {
        tags,
        summary: 'Batches, streams and files taken in, newest first',
        querystring: ZCursorQuery,
        response: { 200: ZEventIngestList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findEventIngests(context(request.auth), request.query),
  );

  app.get(
    '/api/event-mappings',
    {
      config: { access: 'events.read' },
      schema: {
        tags,
        summary: 'The rules that give event types their department, value chain and stage',
        querystring: ZEventMappingListQuery,
        response: { 200: ZEventMappingList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findEventMappings(context(request.auth), request.query),
  );

  app.post(
    '/api/event-mappings',
    {
      config: { access: 'events.mappings.write' },
      schema: {
        tags,
        summary: 'Add a mapping rule; it applies to events taken in from now on',
        body: ZCreateEventMappingRequest,
        response: { 201: ZEventMapping, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.createEventMapping(context(request.auth), request.body)),
  );

  app.delete(
    '/api/event-mappings/:mappingId',
    {
      config: { access: 'events.mappings.write' },
      schema: {
        tags,
        summary: 'Delete a mapping rule',
        params: ZEventMappingParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteEventMapping(context(request.auth), request.params.mappingId);
      return reply.status(204).send();
    },
  );
};
