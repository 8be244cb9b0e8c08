import {
  ZMarketAnalysis,
  ZMarketAnalysisQuery,
  ZMarketFigures,
  ZMarketImportResult,
  ZMarketPeriod,
  ZMarketPeriodBatchRequest,
  ZMarketPeriodList,
  ZMarketPeriodListQuery,
  ZMarketPeriodParams,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['market'];

export const marketRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'market.read' } as const;
  const write = { access: 'market.write' } as const;
  // A market file is small (one row per month at most): read it whole, as text.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/market/periods',
    {
      config: read,
      schema: {
        tags,
        summary: 'Market size, our share, competitors’ shares, revenue and profit per period',
        querystring: ZMarketPeriodListQuery,
        response: { 200: ZMarketPeriodList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findMarketPeriods(context(request.auth), request.query.grain),
  );

  app.put(
    '/api/market/periods/:period',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Enter or replace the figures of a month, quarter or year (2026-03, 2026-Q1, 2026)',
        params: ZMarketPeriodParams,
        body: ZMarketFigures,
        response: { 200: ZMarketPeriod, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) =>
      services.putMarketPeriod(context(request.auth), request.params.period, request.body),
  );

  app.delete(
    '/api/market/periods/:period',
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove the figures of a period',
        params: ZMarketPeriodParams,
        response: { 204: z.undefined(), ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteMarketPeriod(context(request.auth), request.params.period);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/market/periods::batch',
    {
      config: write,
      schema: {
        tags,
        summary: 'Send many periods at once (another system): all are saved, or none',
        body: ZMarketPeriodBatchRequest,
        response: { 200: ZMarketPeriodList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.saveMarketPeriodBatch(context(request.auth), request.body),
  );

  app.post(
    '/api/market/periods::import',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Import periods from CSV: period, market_size, our_share, revenue, profit, currency, note, share:<competitor>…',
        consumes: ['text/csv'],
        response: { 200: ZMarketImportResult, ...problemResponses(400, 415, ...GUARDED) },
      },
    },
    async (request) => {
      if (typeof request.body !== 'string')
        throw new services.AppError('unsupported_media_type', {
          detail: 'Send the file as text/csv.',
        });
      return services.importMarketCsv(context(request.auth), request.body);
    },
  );

  app.get(
    '/api/market/analysis',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Customer scores against share, revenue and profit: lagged correlations of the changes with Fisher intervals and effective sample sizes',
        querystring: ZMarketAnalysisQuery,
        response: { 200: ZMarketAnalysis, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getMarketAnalysis(context(request.auth), request.query),
  );
};
