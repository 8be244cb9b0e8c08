import {
  ZPublicAnswerRequest,
  ZPublicAnswerResult,
  ZPublicSurvey,
  ZSurveyTokenParams,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../lib/problem-responses.ts';

const tags = ['voice'];

/**
 * The answer page's API: no log-in, the link's token is the only key. A guessed token finds
 * nothing (160 random bits); the rate limit keeps guessing slow anyway.
 */
export const voicePublicRoutes: FastifyPluginAsyncZod<{
  database: TDatabase;
  rateLimit: { max: number; timeWindow: number };
}> = async (app, { database, rateLimit }) => {
  const config = { access: 'public', rateLimit } as const;

  app.get(
    '/api/public/surveys/:token',
    {
      config,
      schema: {
        tags,
        summary: 'The survey behind an answer link: only what the person answering sees',
        params: ZSurveyTokenParams,
        response: { 200: ZPublicSurvey, ...problemResponses(400, 404, 409, 410, 429) },
      },
    },
    async (request) => services.getPublicSurvey(database, request.params.token),
  );

  app.post(
    '/api/public/surveys/:token/answer',
    {
      config,
      schema: {
        tags,
        summary: 'Answer once through the link; a second time is refused',
        params: ZSurveyTokenParams,
        body: ZPublicAnswerRequest,
        response: { 201: ZPublicAnswerResult, ...problemResponses(400, 404, 409, 410, 429) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await services.submitPublicAnswer(database, request.params.token, request.body)),
  );
};
