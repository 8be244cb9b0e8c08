import { createHash } from 'node:crypto';
import { type TTransaction, withTenant } from '@customeric/db';
import {
  AppError,
  runIdempotent,
  type TServiceContext,
  type TStoredAnswer,
} from '@customeric/services';
import type { FastifyReply, FastifyRequest } from 'fastify';

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The Idempotency-Key header (IETF draft): a structured-field string, `"…"`; a bare token
 * is taken too, as many clients send one.
 */
export function readIdempotencyKey(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return null;
  const text = (Array.isArray(header) ? header.join(',') : header).trim();
  const key =
    text.startsWith('"') && text.endsWith('"') && text.length > 1 ? text.slice(1, -1) : text;
  if (!KEY.test(key) || key.includes('"')) {
    throw new AppError('bad_request', {
      detail: 'The Idempotency-Key header must be a quoted string of 1 to 255 visible characters.',
    });
  }
  return key;
}

/** What makes two requests "the same": method, route, content type and body. */
export function startFingerprint(request: FastifyRequest) {
  const contentType = String(request.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim();
  return createHash('sha256').update(
    `${request.method} ${request.routeOptions.url}\n${contentType}\n`,
  );
}

export function sendAnswer(reply: FastifyReply, answer: TStoredAnswer & { replayed?: boolean }) {
  if (answer.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(answer.status).send(answer.body);
}

/**
 * Runs a state-changing route once per Idempotency-Key when the caller sends one, and
 * plainly (in one transaction) when not: either way the answer is given after the commit.
 */
export async function answerIdempotently(
  request: FastifyRequest,
  reply: FastifyReply,
  context: TServiceContext,
  work: (tx: TTransaction) => Promise<TStoredAnswer>,
) {
  const key = readIdempotencyKey(request);
  if (!key) {
    return sendAnswer(reply, await withTenant(context.database, context.actor.orgId, work));
  }
  const fingerprint = startFingerprint(request)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');
  return sendAnswer(reply, await runIdempotent(context, { key, fingerprint }, work));
}
