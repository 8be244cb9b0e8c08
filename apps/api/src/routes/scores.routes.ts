import {
  ZScoreControlChart,
  ZScoreControlChartQuery,
  ZScoreOverview,
  ZScoreTable,
  ZScoreTableQuery,
  ZScoreWhy,
  ZScoreWhyQuery,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['scores'];

export const scoresRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'scores.read' } as const;

  app.get(
    '/api/scores',
    {
      config: read,
      schema: {
        tags,
        summary:
          'NPS, CSAT or CES by period (and by department, stage, value chain, segment or relationship level), each with its 95 % interval, answers, small-sample mark and change',
        querystring: ZScoreTableQuery,
        response: { 200: ZScoreTable, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getScoreTable(context(request.auth), request.query),
  );

  app.get(
    '/api/scores/control-chart',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Weekly control chart of a score: limits that follow each week’s answers, an EWMA for slow drifts, and the signals',
        querystring: ZScoreControlChartQuery,
        response: { 200: ZScoreControlChart, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getScoreControlChart(context(request.auth), request.query),
  );

  app.get(
    '/api/scores/why',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Why a score moved between two periods: mix and rate by segment, Shapley effects, key drivers and a plain summary with links to the evidence',
        querystring: ZScoreWhyQuery,
        response: { 200: ZScoreWhy, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getScoreWhy(context(request.auth), request.query),
  );

  app.get(
    '/api/scores/overview',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The key scores of the last complete quarter with intervals, changes and weekly signals, and the reasons for the latest move',
        response: { 200: ZScoreOverview, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.getScoreOverview(context(request.auth)),
  );
};
