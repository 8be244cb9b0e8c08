import { Readable } from 'node:stream';
import {
  ZPromiseBreachDetail,
  ZPromiseBreachFilters,
  ZPromiseBreachListQuery,
  ZPromiseBreachPage,
  ZPromiseBreachParams,
  ZPromiseOutcomeFilters,
  ZPromiseOutcomeListQuery,
  ZPromiseOutcomePage,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['promises'];

/** Streams CSV a page at a time: the whole export is never held in memory. */
function sendCsv(reply: FastifyReply, name: string, rows: AsyncGenerator<string>) {
  const day = new Date().toISOString().slice(0, 10);
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}-${day}.csv"`)
    .send(Readable.from(rows));
}

/** Outcomes (every chance to keep a promise) and breaches (the broken ones), with exports. */
export const promiseOutcomeRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/promise-outcomes',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'Outcomes of the promises, newest first, filtered',
        querystring: ZPromiseOutcomeListQuery,
        response: { 200: ZPromiseOutcomePage, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findPromiseOutcomes(context(request.auth), request.query),
  );

  app.get(
    '/api/promise-outcomes/export',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'The outcomes matching the filters as CSV (streamed)',
        querystring: ZPromiseOutcomeFilters,
        produces: ['text/csv'],
        response: { 200: z.string(), ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'promise-outcomes',
        services.exportPromiseOutcomesCsv(context(request.auth), request.query),
      ),
  );

  app.get(
    '/api/promise-breaches',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'Breaches, most recently broken first, filtered',
        querystring: ZPromiseBreachListQuery,
        response: { 200: ZPromiseBreachPage, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findPromiseBreaches(context(request.auth), request.query),
  );

  app.get(
    '/api/promise-breaches/export',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'The breaches matching the filters as CSV (streamed)',
        querystring: ZPromiseBreachFilters,
        produces: ['text/csv'],
        response: { 200: z.string(), ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request, reply) =>
      sendCsv(
        reply,
        'promise-breaches',
        services.exportPromiseBreachesCsv(context(request.auth), request.query),
      ),
  );

  app.get(
    '/api/promise-breaches/:breachId',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'One breach with the events it rests on',
        params: ZPromiseBreachParams,
        response: { 200: ZPromiseBreachDetail, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getPromiseBreachById(context(request.auth), request.params.breachId),
  );
};
