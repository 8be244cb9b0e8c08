import {
  ZCallListened,
  ZCaseParams,
  ZCaseProgramme,
  ZCreateCallListenedRequest,
  ZLearnings,
  ZLearningsQuery,
  ZPersonalHandling,
  ZProgrammeAssignmentList,
  ZProgrammeAssignmentQuery,
  ZProgrammeOverview,
  ZProgrammeOverviewQuery,
  ZProgrammeRunResult,
  ZProgrammeSettings,
  ZRecordHandlingRequest,
  ZRunProgrammeRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { caseBridgesRoutes } from './case-bridges.routes.ts';
import { caseClocksRoutes } from './case-clocks.routes.ts';
import { caseFollowUpsRoutes } from './case-follow-ups.routes.ts';
import type { TCaseProgrammeRoutesOptions } from './case-programme-options.ts';

const tags = ['case programme'];

/**
 * The rest of the cases module: the executive programme (here), clocks and escalations, the
 * closed loop and bridge people (their own files, registered from here).
 */
export const caseProgrammeRoutes: FastifyPluginAsyncZod<TCaseProgrammeRoutesOptions> = async (
  app,
  options,
) => {
  const { database, mailer } = options;
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'cases.programme.read' } as const;
  const manage = { access: 'cases.programme.manage' } as const;
  await app.register(caseClocksRoutes, options);
  await app.register(caseFollowUpsRoutes, options);
  await app.register(caseBridgesRoutes, options);

  app.get(
    '/api/case-programme/settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'The monthly quota and whether the closed loop runs',
        response: { 200: ZProgrammeSettings, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.getProgrammeSettings(context(request.auth)),
  );

  app.put(
    '/api/case-programme/settings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set the monthly quota (from the next run) and the closed loop',
        body: ZProgrammeSettings,
        response: { 200: ZProgrammeSettings, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.updateProgrammeSettings(context(request.auth), request.body),
  );

  app.get(
    '/api/case-programme/overview',
    {
      config: read,
      schema: {
        tags,
        summary: 'Completion per executive and month: assigned, handled, overdue, calls',
        querystring: ZProgrammeOverviewQuery,
        response: { 200: ZProgrammeOverview, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getProgrammeOverview(context(request.auth), request.query),
  );

  app.get(
    '/api/case-programme/assignments',
    {
      config: read,
      schema: {
        tags,
        summary: 'Assignments of a month, a person (or me), open, handled or overdue',
        querystring: ZProgrammeAssignmentQuery,
        response: { 200: ZProgrammeAssignmentList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findProgrammeAssignments(context(request.auth), request.query),
  );

  app.post(
    '/api/case-programme/runs',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Assign this month’s complaints now (tops up; safe to run again)',
        body: ZRunProgrammeRequest,
        response: { 200: ZProgrammeRunResult, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => {
      const { actor } = context(request.auth);
      return services.runProgrammeAssignment(
        database,
        {
          orgId: actor.orgId,
          byUserId: actor.userId,
          ...(request.body.month ? { month: `${request.body.month}-01` } : {}),
        },
        mailer,
      );
    },
  );

  app.get(
    '/api/case-programme/learnings',
    {
      config: read,
      schema: {
        tags,
        summary: 'What people learned: calls listened to and complaints handled, newest first',
        querystring: ZLearningsQuery,
        response: { 200: ZLearnings, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findLearnings(context(request.auth), request.query),
  );

  app.post(
    '/api/case-programme/calls',
    {
      config: { access: 'cases.programme.write' },
      schema: {
        tags,
        summary: 'Log a call you listened to and what you learned',
        body: ZCreateCallListenedRequest,
        response: { 201: ZCallListened, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await services.createCallListened(context(request.auth), request.body)),
  );

  app.get(
    '/api/cases/:caseId/programme',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'The executive the case was given to, and who handled it personally',
        params: ZCaseParams,
        response: { 200: ZCaseProgramme, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => services.getCaseProgramme(context(request.auth), request.params.caseId),
  );

  app.post(
    '/api/cases/:caseId/personal-handlings',
    {
      config: { access: 'cases.programme.write' },
      schema: {
        tags,
        summary:
          'Record that you handled this complaint personally (completes your assignment of it)',
        params: ZCaseParams,
        body: ZRecordHandlingRequest,
        response: { 201: ZPersonalHandling, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.recordPersonalHandling(
            context(request.auth),
            request.params.caseId,
            request.body,
          ),
        ),
  );
};
