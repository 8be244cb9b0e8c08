import {
  ZCreatePromiseRequest,
  ZPromise,
  ZPromiseEvaluation,
  ZPromiseEvaluationParams,
  ZPromiseList,
  ZPromiseListQuery,
  ZPromiseParams,
  ZPromisePreview,
  ZPromisePreviewRequest,
  ZUpdatePromiseRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { promiseCalendarRoutes } from './promises-calendars.routes.ts';
import { promiseComplianceRoutes } from './promises-compliance.routes.ts';
import { promiseOutcomeRoutes } from './promises-outcomes.routes.ts';

const tags = ['promises'];

/** The Bill of Rights: promises, their live preview and the re-evaluation of their history. */
export const promisesRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  await app.register(promiseCalendarRoutes, { database });
  await app.register(promiseOutcomeRoutes, { database });
  await app.register(promiseComplianceRoutes, { database });

  app.get(
    '/api/promises',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'The Bill of Rights: every promise with its last 90 days of compliance',
        querystring: ZPromiseListQuery,
        response: { 200: ZPromiseList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findPromises(context(request.auth), request.query),
  );

  app.post(
    '/api/promises',
    {
      config: { access: 'promises.write' },
      schema: {
        tags,
        summary: 'Add a promise; an active one is evaluated over the history at once',
        body: ZCreatePromiseRequest,
        response: { 201: ZPromise, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.createPromise(context(request.auth), request.body)),
  );

  app.post(
    '/api/promises/preview',
    {
      config: { access: 'promises.write' },
      schema: {
        tags,
        summary: 'What a draft rule would have said over the last days, with examples',
        description: 'Nothing is stored. Counts every kept, broken and open chance in the window.',
        body: ZPromisePreviewRequest,
        response: { 200: ZPromisePreview, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.previewPromise(context(request.auth), request.body),
  );

  app.get(
    '/api/promises/:promiseId',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'One promise with its rule, owner, compliance and latest re-evaluation',
        params: ZPromiseParams,
        response: { 200: ZPromise, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => services.getPromiseById(context(request.auth), request.params.promiseId),
  );

  app.patch(
    '/api/promises/:promiseId',
    {
      config: { access: 'promises.write' },
      schema: {
        tags,
        summary: 'Change a promise; a new rule or calendar re-evaluates its history',
        params: ZPromiseParams,
        body: ZUpdatePromiseRequest,
        response: { 200: ZPromise, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updatePromise(context(request.auth), request.params.promiseId, request.body),
  );

  app.delete(
    '/api/promises/:promiseId',
    {
      config: { access: 'promises.write' },
      schema: {
        tags,
        summary: 'Delete a promise that was never measured (deactivate the others)',
        params: ZPromiseParams,
        response: { 204: z.undefined(), ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deletePromise(context(request.auth), request.params.promiseId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/promises/:promiseId/evaluations',
    {
      config: { access: 'promises.write' },
      schema: {
        tags,
        summary: 'Re-evaluate the promise over its whole history (a job with progress)',
        description: '409 while a re-evaluation of the promise is waiting or running.',
        params: ZPromiseParams,
        response: { 202: ZPromiseEvaluation, ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await services.requestPromiseEvaluation(context(request.auth), request.params.promiseId),
        ),
  );

  app.get(
    '/api/promises/:promiseId/evaluations/:evaluationId',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: 'A re-evaluation and its progress (processed of total subjects)',
        params: ZPromiseEvaluationParams,
        response: { 200: ZPromiseEvaluation, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getPromiseEvaluation(
        context(request.auth),
        request.params.promiseId,
        request.params.evaluationId,
      ),
  );
};
