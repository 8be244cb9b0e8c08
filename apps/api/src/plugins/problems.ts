import {
  PROBLEM_CODES,
  type TProblem,
  type TProblemCode,
  type TProblemFieldError,
} from '@customeric/contracts';
import { AppError } from '@customeric/services';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: TProblemCode,
  detail: string,
  errors?: TProblemFieldError[],
): FastifyReply {
  const { status, title } = PROBLEM_CODES[code];
  const problem: TProblem = {
    type: `/problems/${code}`,
    title,
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    code,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.status(status).type('application/problem+json').send(problem);
}

const FASTIFY_CODES: Record<string, { code: TProblemCode; detail: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    detail: 'Send the body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'payload_too_large',
    detail: 'The request body is larger than this route accepts.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'bad_request',
    detail: 'The body is empty but its content type says JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', detail: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    detail: 'The Content-Length header does not match the body.',
  },
};

const DATABASE_DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  '57P01',
  '57P03',
  '08006',
  '08001',
  '08004',
]);

function isDatabaseDown(error: unknown): boolean {
  const seen = (error as { cause?: unknown; code?: string; message?: string }) ?? {};
  if (seen.code && DATABASE_DOWN.has(seen.code)) return true;
  if (/Connection terminated|timeout exceeded when trying to connect/i.test(seen.message ?? ''))
    return true;
  return seen.cause ? isDatabaseDown(seen.cause) : false;
}

function validationErrors(error: FastifyError): TProblemFieldError[] {
  return (error.validation ?? []).map((issue) => {
    const path = (issue as { instancePath?: string }).instancePath ?? '';
    return { pointer: path || '/', message: issue.message ?? 'is not valid' };
  });
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError)
    return sendProblem(request, reply, error.code, error.detail, error.errors);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = validationErrors(error);
    const where =
      error.validationContext === 'body' ? 'body' : (error.validationContext ?? 'request');
    const first = errors[0];
    const detail = first
      ? `The ${where} is not valid: ${first.pointer.slice(1) || 'it'} ${first.message}.`
      : `The ${where} is not valid.`;
    return sendProblem(request, reply, 'validation_failed', detail, errors);
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return sendProblem(request, reply, known.code, known.detail);
  if (error.statusCode === 429)
    return sendProblem(
      request,
      reply,
      'rate_limited',
      'Too many attempts; wait a minute and try again.',
    );
  if (isDatabaseDown(error)) {
    request.log.error({ err: error }, 'database unavailable');
    return sendProblem(
      request,
      reply,
      'database_unavailable',
      'The database is not reachable right now; try again shortly.',
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(request, reply, 'bad_request', error.message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    request,
    reply,
    'internal_error',
    `Something went wrong on our side; quote request id ${request.id} when reporting it.`,
  );
}

/** One error handler: every error leaves as an RFC 9457 problem; 5xx never carries internals. */
export const problemsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler(handleError);
});
