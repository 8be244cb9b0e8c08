import {
  ZCaseComment,
  ZCaseCommentList,
  ZCaseParams,
  ZCaseView,
  ZCaseViewList,
  ZCaseViewParams,
  ZCreateCaseCommentRequest,
  ZCursorQuery,
  ZSaveCaseViewRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TCasesRoutesOptions } from '../lib/cases-route-options.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['cases'];

/** Comments on a case, and each person's saved views of the case list. */
export const caseActivityRoutes: FastifyPluginAsyncZod<TCasesRoutesOptions> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const views = { access: 'cases.views.write' } as const;

  app.get(
    '/api/cases/:caseId/comments',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'The comments on a case, oldest first',
        params: ZCaseParams,
        querystring: ZCursorQuery,
        response: { 200: ZCaseCommentList, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.findCaseComments(context(request.auth), request.params.caseId, request.query),
  );

  app.post(
    '/api/cases/:caseId/comments',
    {
      config: { access: 'cases.write' },
      schema: {
        tags,
        summary: 'Comment on a case; people @mentioned as @[Name](usr_…) get an e-mail',
        params: ZCaseParams,
        body: ZCreateCaseCommentRequest,
        response: { 201: ZCaseComment, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.createCaseComment(
            context(request.auth),
            request.params.caseId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/case-views',
    {
      config: views,
      schema: {
        tags,
        summary: 'Your saved views of the case list',
        response: { 200: ZCaseViewList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findCaseViews(context(request.auth)),
  );

  app.put(
    '/api/case-views/:name',
    {
      config: views,
      schema: {
        tags,
        summary:
          'Save the filters and sort of the case list under a name (replaces your view of that name)',
        params: ZCaseViewParams,
        body: ZSaveCaseViewRequest,
        response: { 200: ZCaseView, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) =>
      services.saveCaseView(context(request.auth), request.params.name, request.body),
  );

  app.delete(
    '/api/case-views/:name',
    {
      config: views,
      schema: {
        tags,
        summary: 'Delete one of your saved views',
        params: ZCaseViewParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteCaseView(context(request.auth), request.params.name);
      return reply.status(204).send();
    },
  );
};
