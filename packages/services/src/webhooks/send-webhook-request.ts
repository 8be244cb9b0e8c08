import { checkWebhookUrl, parseRetryAfter } from '@customeric/domain';
import { request } from 'undici';
import { getWebhookDispatcher } from './webhook-dispatcher.ts';
import type { TWebhookSettings } from './webhook-settings.ts';
import { signWebhook } from './webhook-signature.ts';

export interface TWebhookRequest {
  url: string;
  messageId: string;
  body: string;
  secrets: readonly string[];
}

export interface TAttemptResult {
  attemptedAt: Date;
  succeeded: boolean;
  statusCode: number | null;
  error: string | null;
  responseSnippet: string | null;
  durationMs: number;
  retryAfterSeconds: number | null;
}

const SNIPPET_BYTES = 1024;
/** An answer longer than this is not read to the end; its connection is closed instead. */
const DRAIN_BYTES = 64 * 1024;

async function readSnippet(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let readBytes = 0;
  for await (const chunk of body) {
    readBytes += chunk.length;
    if (keptBytes < SNIPPET_BYTES) {
      kept.push(chunk);
      keptBytes += chunk.length;
    }
    if (readBytes > DRAIN_BYTES) {
      body.destroy();
      break;
    }
  }
  // PostgreSQL text cannot hold NUL characters.
  return Buffer.concat(kept).subarray(0, SNIPPET_BYTES).toString('utf8').replaceAll('\u0000', '');
}

const ERROR_TEXTS: Record<string, string> = {
  ECONNREFUSED: 'The connection was refused',
  ENOTFOUND: 'The host name does not resolve',
  EAI_AGAIN: 'The host name could not be resolved now',
  ECONNRESET: 'The connection was closed before an answer',
  UND_ERR_SOCKET: 'The connection was closed before an answer',
  EHOSTUNREACH: 'The host cannot be reached',
  ENETUNREACH: 'The network cannot be reached',
};

function describeFailure(error: unknown, timeoutMs: number): string {
  const failure = error as Error & { code?: string; cause?: Error & { code?: string } };
  const code = failure.code ?? failure.cause?.code ?? '';
  const timedOut =
    failure.name === 'TimeoutError' ||
    failure.name === 'AbortError' ||
    /^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/.test(code);
  if (timedOut) return `No answer within ${timeoutMs / 1000} s`;
  if (failure.name === 'RefusedDestinationError') return failure.message;
  return ERROR_TEXTS[code] ?? (failure.cause?.message || failure.message || String(error));
}

function failedBefore(attemptedAt: Date, started: number, error: string): TAttemptResult {
  const durationMs = Math.round(performance.now() - started);
  return {
    attemptedAt,
    succeeded: false,
    statusCode: null,
    error,
    responseSnippet: null,
    durationMs,
    retryAfterSeconds: null,
  };
}

/** One signed POST: 2xx is success, anything else (a redirect too) a failure with its reason. */
export async function sendWebhookRequest(
  input: TWebhookRequest,
  settings: TWebhookSettings,
): Promise<TAttemptResult> {
  const attemptedAt = settings.now();
  const started = performance.now();
  // A URL with an IP literal never asks the resolver, so the guard looks at it here.
  const check = checkWebhookUrl(input.url, settings);
  if (!check.ok) return failedBefore(attemptedAt, started, `The URL ${check.message}`);
  const timestampSeconds = Math.floor(attemptedAt.getTime() / 1000);
  try {
    const response = await request(input.url, {
      method: 'POST',
      dispatcher: getWebhookDispatcher(settings),
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Customeric-Webhooks/1.0',
        'webhook-id': input.messageId,
        'webhook-timestamp': String(timestampSeconds),
        'webhook-signature': signWebhook({ ...input, id: input.messageId, timestampSeconds }),
      },
      body: input.body,
    });
    const responseSnippet = await readSnippet(response.body);
    const { statusCode } = response;
    const succeeded = statusCode >= 200 && statusCode < 300;
    const location = response.headers.location;
    const error =
      statusCode >= 300 && statusCode < 400
        ? `Redirects are not followed; change the URL${location ? ` to ${String(location)}` : ''}`
        : null;
    const retryAfter = response.headers['retry-after'];
    return {
      attemptedAt,
      succeeded,
      statusCode,
      error,
      responseSnippet,
      durationMs: Math.round(performance.now() - started),
      retryAfterSeconds: parseRetryAfter(
        typeof retryAfter === 'string' ? retryAfter : null,
        attemptedAt,
      ),
    };
  } catch (error) {
    return failedBefore(attemptedAt, started, describeFailure(error, settings.timeoutMs));
  }
}
