import {
  ZCreateValueChainRequest,
  ZReplaceStagesRequest,
  ZUpdateValueChainRequest,
  ZValueChain,
  ZValueChainList,
  ZValueChainListQuery,
  ZValueChainParams,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as org from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['org'];

export const orgValueChainRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/org/value-chains',
    {
      config: { access: 'org.value_chains.read' },
      schema: {
        tags,
        summary: 'List value chains with their manager and number of stages and handoffs',
        querystring: ZValueChainListQuery,
        response: { 200: ZValueChainList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => org.findValueChains(context(request.auth), request.query),
  );

  app.post(
    '/api/org/value-chains',
    {
      config: { access: 'org.value_chains.write' },
      schema: {
        tags,
        summary: 'Create a value chain (a Value Chain Manager creates chains they manage)',
        body: ZCreateValueChainRequest,
        response: { 201: ZValueChain, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await org.createValueChain(context(request.auth), request.body)),
  );

  app.get(
    '/api/org/value-chains/:valueChainId',
    {
      config: { access: 'org.value_chains.read' },
      schema: {
        tags,
        summary: 'A value chain with its stages in order, their owners and the handoffs',
        params: ZValueChainParams,
        response: { 200: ZValueChain, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => org.getValueChainById(context(request.auth), request.params.valueChainId),
  );

  app.patch(
    '/api/org/value-chains/:valueChainId',
    {
      config: { access: 'org.value_chains.write' },
      schema: {
        tags,
        summary: 'Rename, describe, archive a value chain or change its manager',
        params: ZValueChainParams,
        body: ZUpdateValueChainRequest,
        response: { 200: ZValueChain, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      org.updateValueChain(context(request.auth), request.params.valueChainId, request.body),
  );

  app.put(
    '/api/org/value-chains/:valueChainId/stages',
    {
      config: { access: 'org.value_chains.write' },
      schema: {
        tags,
        summary: 'Replace the stages of a value chain, in order, with their owning departments',
        description:
          'Stages sent with their id are kept, new ones added, the others removed; all in one transaction. Archived departments cannot own a stage.',
        params: ZValueChainParams,
        body: ZReplaceStagesRequest,
        response: { 200: ZValueChain, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      org.replaceValueChainStages(context(request.auth), request.params.valueChainId, request.body),
  );
};
