import { EVENT_BATCH_LIMIT } from '@customeric/contracts';
import { AppError } from '@customeric/services';
import type { FastifyRequest } from 'fastify';

const BINARY_ATTRIBUTES = ['id', 'source', 'type', 'time', 'subject', 'specversion'];

/** Binary-mode header values are percent-encoded (CloudEvents HTTP binding, 3.1.3.2). */
function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A binary-mode CloudEvent: attributes in ce- headers, the body is the data. */
function fromBinaryMode(request: FastifyRequest): Record<string, unknown> {
  const event: Record<string, unknown> = { data: request.body };
  for (const name of BINARY_ATTRIBUTES) {
    const value = request.headers[`ce-${name}`];
    if (typeof value === 'string') event[name] = decodePercent(value);
  }
  return event;
}

/**
 * The CloudEvents of a request in any of the three HTTP content modes. `single` says the
 * sender sent one event (structured or binary), which is answered 400 when it is refused.
 */
export function readCloudEvents(
  request: FastifyRequest,
  mediaType: string,
): { events: unknown[]; single: boolean } {
  if (request.headers['ce-specversion'] !== undefined)
    return { events: [fromBinaryMode(request)], single: true };
  if (mediaType === 'application/cloudevents+json') return { events: [request.body], single: true };
  if (mediaType !== 'application/cloudevents-batch+json') {
    throw new AppError('unsupported_media_type', {
      detail:
        'Send CloudEvents as application/cloudevents+json, application/cloudevents-batch+json, or in binary mode with ce- headers.',
    });
  }
  if (!Array.isArray(request.body))
    throw new AppError('bad_request', { detail: 'A CloudEvents batch is a JSON array of events.' });
  if (request.body.length > EVENT_BATCH_LIMIT)
    throw new AppError('payload_too_large', {
      detail: `Send at most ${EVENT_BATCH_LIMIT} CloudEvents per batch.`,
    });
  return { events: request.body, single: false };
}
