import { Readable, Transform } from 'node:stream';
import {
  EVENT_BATCH_LIMIT,
  ZEventBatchRequest,
  ZEventBatchResult,
  ZEventStreamResult,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import { AppError } from '@customeric/services';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerIdempotently,
  readIdempotencyKey,
  sendAnswer,
  startFingerprint,
} from '../lib/idempotency.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { readCloudEvents } from './cloud-events.ts';

const tags = ['events'];
/** 10,000 events with generous attributes; far more than a JSON batch needs in practice. */
const BATCH_BODY_LIMIT = 64 * 1024 * 1024;
const STREAM_TYPES = ['application/x-ndjson', 'text/csv'];
const CLOUD_EVENT_TYPES = ['application/cloudevents+json', 'application/cloudevents-batch+json'];
const INGEST_PROBLEMS = problemResponses(400, 409, 413, 415, 422, ...GUARDED);
/*
 * The answer of a batch is one result per event, built and typed by the service; checking
 * ten thousand of them against the schema again took longer than storing a thousand events.
 * The schema still documents the answer in the OpenAPI description.
 */
const serializeTyped = () => (data: unknown) => JSON.stringify(data);

function mediaTypeOf(request: FastifyRequest): string {
  return (
    String(request.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase() ?? ''
  );
}

/** Hashes a stream as it passes, for the fingerprint of an Idempotency-Key. */
function tee(body: Readable, request: FastifyRequest) {
  const hash = startFingerprint(request);
  const passed = body.pipe(
    new Transform({
      transform(chunk, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    }),
  );
  return { passed, digest: () => hash.digest('hex') };
}

export const eventIngestRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  // NDJSON and CSV reach the handler as the raw stream, read as it arrives, never buffered.
  app.addContentTypeParser(STREAM_TYPES, (_request, payload, done) => done(null, payload));
  app.addContentTypeParser(
    CLOUD_EVENT_TYPES,
    { parseAs: 'string', bodyLimit: BATCH_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('bad_request', { detail: 'The body is not valid JSON.' }), undefined);
      }
    },
  );

  app.post(
    '/api/events::batch',
    {
      config: { access: 'events.write' },
      bodyLimit: BATCH_BODY_LIMIT,
      serializerCompiler: serializeTyped,
      schema: {
        tags,
        summary: `Send up to ${EVENT_BATCH_LIMIT.toLocaleString('en')} events as JSON (Idempotency-Key supported)`,
        description:
          'Each event is accepted, a duplicate (same source and externalId as a stored one) or rejected with its problems; the good ones are kept. The answer comes after the commit.',
        body: ZEventBatchRequest,
        response: { 200: ZEventBatchResult, ...INGEST_PROBLEMS },
      },
    },
    async (request, reply) => {
      const ctx = context(request.auth);
      return answerIdempotently(request, reply, ctx, async (tx) => ({
        status: 200,
        body: await services.ingestEventBatchIn(tx, ctx.actor, request.body.events),
      }));
    },
  );

  app.post(
    '/api/events::cloudevents',
    {
      config: { access: 'events.write' },
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Send CloudEvents 1.0: structured, batch or binary mode (Idempotency-Key supported)',
        description:
          'source and id are the idempotency key, type the type, time when it happened, subject the customer (a cus_ id or its id in the same source), data the amount, department, valueChain, stage and attributes.',
        body: z.unknown(),
        response: { 200: ZEventBatchResult, ...INGEST_PROBLEMS },
      },
    },
    async (request, reply) => {
      const ctx = context(request.auth);
      const { events, single } = readCloudEvents(request, mediaTypeOf(request));
      return answerIdempotently(request, reply, ctx, async (tx) => {
        const result = await services.ingestCloudEventsIn(tx, ctx.actor, events);
        const problems = result.results[0]?.problems;
        if (single && problems) {
          throw new AppError('validation_failed', {
            detail: 'The CloudEvent cannot be stored as an event.',
            errors: problems,
          });
        }
        return { status: 200, body: result };
      });
    },
  );

  app.post(
    '/api/events::stream',
    {
      config: { access: 'events.write' },
      schema: {
        tags,
        summary: 'Send events of any number as NDJSON or CSV, read as they arrive',
        description:
          'application/x-ndjson (one event per line) or text/csv (a header row, then one event per row). Committed a chunk at a time; sending the same stream again only adds what is missing. Answers with the counts and the rejected rows with their reasons.',
        consumes: STREAM_TYPES,
        response: { 200: ZEventStreamResult, ...INGEST_PROBLEMS },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!(body instanceof Readable)) {
        throw new AppError('unsupported_media_type', {
          detail: 'Send the events as application/x-ndjson (one JSON event per line) or text/csv.',
        });
      }
      const auth = requireAuth(request.auth);
      const ctx = { database, actor: auth.actor };
      const format = mediaTypeOf(request) === 'text/csv' ? 'csv' : 'ndjson';
      // People upload files from the events page; integrations stream with an API key.
      const via = auth.via === 'session' ? 'upload' : 'stream';
      const ingest = (stream: AsyncIterable<Buffer>) =>
        services.ingestEventStream(ctx, services.readEventRecords(stream, format), { via });
      const key = readIdempotencyKey(request);
      if (!key) return reply.send(await ingest(body));
      const { passed, digest } = tee(body, request);
      const answer = await services.runIdempotentStream(ctx, key, {
        run: async () => ({ status: 200, body: await ingest(passed), fingerprint: digest() }),
        drain: async () => {
          for await (const _chunk of passed);
          return digest();
        },
      });
      return sendAnswer(reply, answer);
    },
  );
};
