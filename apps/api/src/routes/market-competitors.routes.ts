import {
  ZCompetitor,
  ZCompetitorList,
  ZCompetitorParams,
  ZCreateCompetitorRequest,
  ZUpdateCompetitorRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['market'];

export const marketCompetitorsRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'market.read' } as const;
  const write = { access: 'market.write' } as const;

  app.get(
    '/api/market/competitors',
    {
      config: read,
      schema: {
        tags,
        summary: 'The competitors the organisation watches',
        response: { 200: ZCompetitorList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findCompetitors(context(request.auth)),
  );

  app.post(
    '/api/market/competitors',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a competitor',
        body: ZCreateCompetitorRequest,
        response: { 201: ZCompetitor, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.createCompetitor(context(request.auth), request.body)),
  );

  app.patch(
    '/api/market/competitors/:competitorId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Rename a competitor or change its website and note',
        params: ZCompetitorParams,
        body: ZUpdateCompetitorRequest,
        response: { 200: ZCompetitor, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateCompetitor(context(request.auth), request.params.competitorId, request.body),
  );

  app.delete(
    '/api/market/competitors/:competitorId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a competitor and its shares in every period',
        params: ZCompetitorParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteCompetitor(context(request.auth), request.params.competitorId);
      return reply.status(204).send();
    },
  );
};
