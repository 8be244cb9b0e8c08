import {
  ZCaseFollowUp,
  ZCaseFollowUpAnswer,
  ZCaseParams,
  ZCloseFollowUpRequest,
} from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import type { TCaseProgrammeRoutesOptions } from './case-programme-options.ts';

const tags = ['cases'];

/** The closed loop on a detractor's answer: its record, and closing it. */
export const caseFollowUpsRoutes: FastifyPluginAsyncZod<TCaseProgrammeRoutesOptions> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/cases/:caseId/follow-up',
    {
      config: { access: 'cases.read' },
      schema: {
        tags,
        summary:
          'The detractor’s answer a case follows up, and how the loop was closed (null: not a follow-up)',
        params: ZCaseParams,
        response: {
          200: ZCaseFollowUpAnswer,
          ...problemResponses(404, ...GUARDED),
        },
      },
    },
    async (request) => services.getCaseFollowUp(context(request.auth), request.params.caseId),
  );

  app.post(
    '/api/cases/:caseId/follow-up/close',
    {
      config: { access: 'cases.write' },
      schema: {
        tags,
        summary:
          'Close the loop: what was done, whether the customer was contacted; resolves and closes the case',
        params: ZCaseParams,
        body: ZCloseFollowUpRequest,
        response: { 200: ZCaseFollowUp, ...problemResponses(400, 404, 409, 422, ...GUARDED) },
      },
    },
    async (request) =>
      services.closeFollowUp(context(request.auth), request.params.caseId, request.body),
  );
};
