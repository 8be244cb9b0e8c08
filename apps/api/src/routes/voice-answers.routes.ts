import { Readable } from 'node:stream';
import {
  ANSWER_BATCH_LIMIT,
  ZAnswerBatchRequest,
  ZAnswerBatchResult,
  ZAnswerImportQuery,
  ZAnswerImportResult,
  ZAnswerListQuery,
  ZAnswerPage,
  ZAnswerParams,
  ZAnswerThemeParams,
  ZAnswerThemes,
  ZSurveyParams,
  ZTagAnswerRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import { AppError } from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerIdempotently } from '../lib/idempotency.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['voice'];

export const voiceAnswersRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  // A CSV file reaches the import as the raw stream, read as it arrives, never buffered.
  app.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));

  app.get(
    '/api/answers',
    {
      config: { access: 'voice.read' },
      schema: {
        tags,
        summary: 'Survey answers, newest first, with who answered, where, and their themes',
        querystring: ZAnswerListQuery,
        response: { 200: ZAnswerPage, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findAnswers(context(request.auth), request.query),
  );

  app.post(
    '/api/surveys/:surveyId/answers::batch',
    {
      config: { access: 'voice.answers.write' },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary: `Send up to ${ANSWER_BATCH_LIMIT.toLocaleString('en')} answers to a survey (Idempotency-Key supported)`,
        description:
          'Each answer is accepted, a duplicate (same source and externalId as a stored one) or rejected with its problems; the good ones are kept. Themes are given by the rules at once.',
        params: ZSurveyParams,
        body: ZAnswerBatchRequest,
        response: {
          200: ZAnswerBatchResult,
          ...problemResponses(400, 404, 409, 413, 422, ...GUARDED),
        },
      },
    },
    async (request, reply) => {
      const ctx = context(request.auth);
      return answerIdempotently(request, reply, ctx, async (tx) => ({
        status: 200,
        body: await services.ingestAnswerBatchIn(
          tx,
          ctx.actor,
          request.params.surveyId,
          request.body.answers,
        ),
      }));
    },
  );

  app.post(
    '/api/surveys/:surveyId/answers::import',
    {
      config: { access: 'voice.answers.write' },
      schema: {
        tags,
        summary: 'Import answers from a CSV file of any length, read as it arrives',
        description:
          'One row per answer (externalId, customerId | customerExternalId | contactEmail, score, comment, answeredAt, language; other columns are answers to other questions) or one row per field like Formbricks Hub feedback records (submission_id, collected_at, field_id, field_type, value_number, value_text, language, user_id). Committed a chunk at a time; sending the file again adds nothing twice.',
        params: ZSurveyParams,
        querystring: ZAnswerImportQuery,
        consumes: ['text/csv'],
        response: { 200: ZAnswerImportResult, ...problemResponses(400, 404, 415, ...GUARDED) },
      },
    },
    async (request) => {
      const body = request.body;
      if (!(body instanceof Readable))
        throw new AppError('unsupported_media_type', { detail: 'Send the answers as text/csv.' });
      return services.importAnswersCsv(context(request.auth), request.params.surveyId, body, {
        customerSource: request.query.customerSource,
      });
    },
  );

  app.post(
    '/api/answers/:answerId/themes',
    {
      config: { access: 'voice.write' },
      schema: {
        tags,
        summary: 'Give an answer a theme by hand (kept when the rules run again)',
        params: ZAnswerParams,
        body: ZTagAnswerRequest,
        response: { 200: ZAnswerThemes, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.tagAnswer(context(request.auth), request.params.answerId, request.body.themeId),
  );

  app.delete(
    '/api/answers/:answerId/themes/:themeId',
    {
      config: { access: 'voice.write' },
      schema: {
        tags,
        summary: 'Take a theme off an answer by hand (the rules will not put it back)',
        params: ZAnswerThemeParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.untagAnswer(
        context(request.auth),
        request.params.answerId,
        request.params.themeId,
      );
      return reply.status(204).send();
    },
  );
};
