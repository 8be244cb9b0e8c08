import {
  ZCreateInvitationsRequest,
  ZCreateInvitationsResult,
  ZCreateSurveyRequest,
  ZInvitationList,
  ZInvitationListQuery,
  ZSurvey,
  ZSurveyList,
  ZSurveyListQuery,
  ZSurveyParams,
  ZUpdateSurveyRequest,
  ZUpdateVoiceSettingsRequest,
  ZVoiceSettings,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['voice'];

/** The answer links are made absolute with the address the caller reached us at. */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export const voiceSurveysRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'voice.read' } as const;
  const write = { access: 'voice.write' } as const;

  app.get(
    '/api/surveys',
    {
      config: read,
      schema: {
        tags,
        summary: 'Surveys, newest first, with their counts of invitations and answers',
        querystring: ZSurveyListQuery,
        response: { 200: ZSurveyList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findSurveys(context(request.auth), request.query),
  );

  app.post(
    '/api/surveys',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a survey: NPS, CSAT, CES or a custom scale, tied to a touchpoint',
        body: ZCreateSurveyRequest,
        response: { 201: ZSurvey, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.createSurvey(context(request.auth), request.body)),
  );

  app.get(
    '/api/surveys/:surveyId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A survey',
        params: ZSurveyParams,
        response: { 200: ZSurvey, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) => services.getSurveyById(context(request.auth), request.params.surveyId),
  );

  app.patch(
    '/api/surveys/:surveyId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a survey: wording, placement, status (draft, active, closed)',
        params: ZSurveyParams,
        body: ZUpdateSurveyRequest,
        response: { 200: ZSurvey, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateSurvey(context(request.auth), request.params.surveyId, request.body),
  );

  app.delete(
    '/api/surveys/:surveyId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a draft nobody was invited to (others are closed instead)',
        params: ZSurveyParams,
        response: { 204: z.undefined(), ...problemResponses(404, 409, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteSurvey(context(request.auth), request.params.surveyId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/surveys/:surveyId/invitations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Make one unique answer link per contact, within the recontact rules',
        description:
          'Names each customer or contact left out (recently invited, churned, no contact) with the reason. The links are shown only in this answer. dryRun: true only says who would be invited.',
        params: ZSurveyParams,
        body: ZCreateInvitationsRequest,
        response: { 200: ZCreateInvitationsResult, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) => {
      const result = await services.createInvitations(
        context(request.auth),
        request.params.surveyId,
        request.body,
      );
      const origin = originOf(request);
      return {
        ...result,
        invited: result.invited.map((entry) => ({
          ...entry,
          link: entry.link ? `${origin}${entry.link}` : null,
        })),
      };
    },
  );

  app.get(
    '/api/surveys/:surveyId/invitations',
    {
      config: read,
      schema: {
        tags,
        summary: 'Who was invited to a survey, and whether they opened and answered',
        params: ZSurveyParams,
        querystring: ZInvitationListQuery,
        response: { 200: ZInvitationList, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.findInvitations(context(request.auth), request.params.surveyId, request.query),
  );

  app.get(
    '/api/voice/settings',
    {
      config: read,
      schema: {
        tags,
        summary: 'The recontact rule and how long links stay valid',
        response: { 200: ZVoiceSettings, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.getVoiceSettings(context(request.auth)),
  );

  app.put(
    '/api/voice/settings',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change the recontact rule and how long links stay valid',
        body: ZUpdateVoiceSettingsRequest,
        response: { 200: ZVoiceSettings, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.updateVoiceSettings(context(request.auth), request.body),
  );
};
