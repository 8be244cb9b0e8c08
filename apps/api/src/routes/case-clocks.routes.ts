import {
  ZCaseClocks,
  ZCaseParams,
  ZClockPolicy,
  ZClockPolicyList,
  ZClockPolicyParams,
  ZEscalationList,
  ZEscalationListQuery,
  ZSaveClockPolicyRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import type { TCaseProgrammeRoutesOptions } from './case-programme-options.ts';

const tags = ['case clocks'];

/** Clock policies, the clocks of a case, and the warnings and escalations they raised. */
export const caseClocksRoutes: FastifyPluginAsyncZod<TCaseProgrammeRoutesOptions> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'cases.read' } as const;
  const settings = { access: 'cases.settings.write' } as const;

  app.get(
    '/api/case-clock-policies',
    {
      config: read,
      schema: {
        tags,
        summary: 'Which cases run which clocks, and how they escalate',
        response: { 200: ZClockPolicyList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findClockPolicies(context(request.auth)),
  );

  app.post(
    '/api/case-clock-policies',
    {
      config: settings,
      schema: {
        tags,
        summary: 'Add a clock policy: filters, clocks, warning, up to four escalation levels',
        body: ZSaveClockPolicyRequest,
        response: { 201: ZClockPolicy, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await services.createClockPolicy(context(request.auth), request.body)),
  );

  app.put(
    '/api/case-clock-policies/:policyId',
    {
      config: settings,
      schema: {
        tags,
        summary: 'Replace a clock policy (running clocks follow the new rules)',
        params: ZClockPolicyParams,
        body: ZSaveClockPolicyRequest,
        response: { 200: ZClockPolicy, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateClockPolicy(context(request.auth), request.params.policyId, request.body),
  );

  app.get(
    '/api/cases/:caseId/clocks',
    {
      config: read,
      schema: {
        tags,
        summary:
          'The clocks of a case now: due, remaining business time, state; and what they raised',
        params: ZCaseParams,
        response: { 200: ZCaseClocks, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => services.getCaseClocks(context(request.auth), request.params.caseId),
  );

  app.get(
    '/api/case-escalations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Warnings, breaches and escalations across cases, newest first',
        querystring: ZEscalationListQuery,
        response: { 200: ZEscalationList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findCaseEscalations(context(request.auth), request.query),
  );
};
