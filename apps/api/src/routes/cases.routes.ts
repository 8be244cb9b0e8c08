import {
  ZBulkCaseRequest,
  ZBulkCaseResult,
  ZCase,
  ZCaseDetail,
  ZCaseList,
  ZCaseListQuery,
  ZCaseParams,
  ZCreateCaseRequest,
  ZHandOffCaseRequest,
  ZTransitionCaseRequest,
  ZUpdateCaseRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import { AppError } from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deliverAfterCommit, readIfMatch } from '../lib/case-mail.ts';
import type { TCasesRoutesOptions } from '../lib/cases-route-options.ts';
import { answerIdempotently } from '../lib/idempotency.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { caseActivityRoutes } from './case-activity.routes.ts';
import { caseLedgerRoutes } from './case-ledger.routes.ts';

const tags = ['cases'];

function ifMatchOf(header: string | string[] | undefined): number | undefined {
  const version = readIfMatch(header);
  if (Number.isNaN(version))
    throw new AppError('bad_request', {
      detail: 'If-Match must carry the version of the case, like "3".',
    });
  return version;
}

/** Cases: the list, opening one, changing it, moving its status, handing it off, bulk actions. */
export const casesRoutes: FastifyPluginAsyncZod<TCasesRoutesOptions> = async (app, options) => {
  const { database, mailer } = options;
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'cases.read' } as const;
  const write = { access: 'cases.write' } as const;
  // Every change that succeeded may have queued e-mails: they go out once it has committed,
  // before the answer when they are only marked skipped (see deliverAfterCommit).
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' || reply.statusCode >= 400 || !request.auth) return;
    await deliverAfterCommit(database, request.auth.actor.orgId, mailer, app.log);
  });
  app.addHook('onClose', async () => mailer?.close());
  await app.register(caseActivityRoutes, options);
  await app.register(caseLedgerRoutes, options);

  app.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        summary: 'List cases: filters, a whitelisted sort and a cursor',
        querystring: ZCaseListQuery,
        response: { 200: ZCaseList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findCases(context(request.auth), request.query),
  );

  app.post(
    '/api/cases',
    {
      config: write,
      schema: {
        tags,
        summary: 'Open a case by hand (Idempotency-Key supported)',
        body: ZCreateCaseRequest,
        response: { 201: ZCase, ...problemResponses(400, 409, 422, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const ctx = context(request.auth);
      return answerIdempotently(request, reply, ctx, async (tx) => ({
        status: 201,
        body: await services.createCaseIn(tx, ctx.actor, request.body),
      }));
    },
  );

  app.get(
    '/api/cases/:caseId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A case and the statuses it may move to; the ETag is its version',
        params: ZCaseParams,
        response: { 200: ZCaseDetail, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const detail = await services.getCaseDetail(context(request.auth), request.params.caseId);
      return reply.header('etag', `"${detail.case.version}"`).send(detail);
    },
  );

  app.patch(
    '/api/cases/:caseId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a case; If-Match (or version) names the version you changed',
        params: ZCaseParams,
        body: ZUpdateCaseRequest,
        response: { 200: ZCase, ...problemResponses(400, 404, 409, 428, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const ifMatch = ifMatchOf(request.headers['if-match']);
      const updated = await services.updateCase(
        context(request.auth),
        request.params.caseId,
        request.body,
        ifMatch,
      );
      return reply.header('etag', `"${updated.version}"`).send(updated);
    },
  );

  app.post(
    '/api/cases/:caseId/transitions',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Move a case to another status; a move the rules forbid answers 422 with the allowed ones',
        params: ZCaseParams,
        body: ZTransitionCaseRequest,
        response: { 200: ZCase, ...problemResponses(400, 404, 409, 422, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const body = {
        ...request.body,
        version: ifMatchOf(request.headers['if-match']) ?? request.body.version,
      };
      const updated = await services.transitionCase(
        context(request.auth),
        request.params.caseId,
        body,
      );
      return reply.header('etag', `"${updated.version}"`).send(updated);
    },
  );

  app.post(
    '/api/cases/:caseId/handoffs',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hand a case to another department, with a reason (recorded in its ledger)',
        params: ZCaseParams,
        body: ZHandOffCaseRequest,
        response: { 200: ZCase, ...problemResponses(400, 404, 409, 422, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const body = {
        ...request.body,
        version: ifMatchOf(request.headers['if-match']) ?? request.body.version,
      };
      const updated = await services.handOffCase(
        context(request.auth),
        request.params.caseId,
        body,
      );
      return reply.header('etag', `"${updated.version}"`).send(updated);
    },
  );

  app.post(
    '/api/cases::bulk',
    {
      config: write,
      schema: {
        tags,
        summary: 'Assign, move or reprioritise many cases at once: all or nothing, errors per case',
        body: ZBulkCaseRequest,
        response: { 200: ZBulkCaseResult, ...problemResponses(400, 404, 422, ...GUARDED) },
      },
    },
    async (request) => services.bulkUpdateCases(context(request.auth), request.body),
  );
};
