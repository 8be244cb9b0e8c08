import {
  ZBounceRanking,
  ZCaseLedger,
  ZCaseParams,
  ZCaseSettings,
  ZCaseStatus,
  ZCaseStatusList,
  ZCaseStatusParams,
  ZCreateCaseStatusRequest,
  ZHandoffFlows,
  ZHeldTimes,
  ZLedgerQuery,
  ZUpdateCaseSettingsRequest,
  ZUpdateCaseStatusRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TCasesRoutesOptions } from '../lib/cases-route-options.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['cases'];

/** The handoff ledger (one case, and the figures across cases), statuses and targets. */
export const caseLedgerRoutes: FastifyPluginAsyncZod<TCasesRoutesOptions> = async (
  app,
  { database, mailer },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const figures = { access: 'cases.ledger.read' } as const;
  const settings = { access: 'cases.settings.write' } as const;

  app.get(
    '/api/cases/:caseId/ledger',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'Who held the case for how long, its handoffs with reasons, bounces',
        params: ZCaseParams,
        response: { 200: ZCaseLedger, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => services.getCaseLedger(context(request.auth), request.params.caseId),
  );

  app.get(
    '/api/case-ledger/flows',
    {
      config: figures,
      schema: {
        tags,
        summary: 'Handoffs between departments of the cases opened in a period (the Sankey)',
        querystring: ZLedgerQuery,
        response: { 200: ZHandoffFlows, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getHandoffFlows(context(request.auth), request.query),
  );

  app.get(
    '/api/case-ledger/held-times',
    {
      config: figures,
      schema: {
        tags,
        summary: 'How long each department holds a case (median, p90) against its target',
        querystring: ZLedgerQuery,
        response: { 200: ZHeldTimes, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getHeldTimes(context(request.auth), request.query),
  );

  app.get(
    '/api/case-ledger/bounces',
    {
      config: figures,
      schema: {
        tags,
        summary: 'The handoffs whose cases most often came straight back',
        querystring: ZLedgerQuery,
        response: { 200: ZBounceRanking, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getBounceRanking(context(request.auth), request.query),
  );

  app.get(
    '/api/case-statuses',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'The case statuses of the organisation, in order, with their cases',
        response: { 200: ZCaseStatusList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findCaseStatuses(context(request.auth)),
  );

  app.post(
    '/api/case-statuses',
    {
      config: settings,
      schema: {
        tags,
        summary: 'Add a status to a group (open, waiting, resolved, closed)',
        body: ZCreateCaseStatusRequest,
        response: { 201: ZCaseStatus, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.createCaseStatus(context(request.auth), request.body)),
  );

  app.patch(
    '/api/case-statuses/:statusKey',
    {
      config: settings,
      schema: {
        tags,
        summary: 'Rename, reorder or archive a status, or make it the one new cases start in',
        params: ZCaseStatusParams,
        body: ZUpdateCaseStatusRequest,
        response: { 200: ZCaseStatus, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateCaseStatus(context(request.auth), request.params.statusKey, request.body),
  );

  app.get(
    '/api/case-settings',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary: 'Each department’s target time to hold a case, and whether e-mail is set up',
        response: { 200: ZCaseSettings, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.getCaseSettings(context(request.auth), mailer !== null),
  );

  app.put(
    '/api/case-settings',
    {
      config: settings,
      schema: {
        tags,
        summary: 'Set the default and per-department targets (operational-level agreements)',
        body: ZUpdateCaseSettingsRequest,
        response: { 200: ZCaseSettings, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateCaseSettings(context(request.auth), request.body, mailer !== null),
  );
};
