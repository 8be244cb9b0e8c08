import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface TReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** What the reference library's Webhook.verify returned, or null when it refused. */
  verifiedPayload: unknown;
  verifyError: string | null;
}

interface TReceiverAnswer {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (a slow receiver). */
  delayMs?: number;
}

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: it verifies every request with the
 * standardwebhooks package (the Standard Webhooks reference library) against the secrets it
 * was given, answers 401 to a request that does not verify, and otherwise answers from a
 * queue of planned answers (then 200).
 */
export interface TWebhookReceiver {
  url(path?: string): string;
  port: number;
  received: TReceivedWebhook[];
  /** Secrets to verify with, by path (a path with none given uses '*'). */
  useSecret(secret: string, path?: string): void;
  answerWith(...answers: (number | TReceiverAnswer)[]): void;
  waitForRequests(count: number, timeoutMs?: number): Promise<TReceivedWebhook[]>;
  reset(): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

function verify(secrets: string[], body: string, headers: Record<string, string>) {
  let verifyError = secrets.length === 0 ? 'no secret to verify with' : null;
  for (const secret of secrets) {
    try {
      return { verifiedPayload: new Webhook(secret).verify(body, headers), verifyError: null };
    } catch (error) {
      verifyError = (error as Error).message;
    }
  }
  return { verifiedPayload: null, verifyError };
}

export async function startWebhookReceiver(): Promise<TWebhookReceiver> {
  const received: TReceivedWebhook[] = [];
  const secrets = new Map<string, string[]>();
  let answers: TReceiverAnswer[] = [];
  let waiters: (() => void)[] = [];
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request);
    const path = request.url ?? '/';
    const headers = flatHeaders(request);
    const outcome = verify(secrets.get(path) ?? secrets.get('*') ?? [], body, headers);
    received.push({ path, headers, body, ...outcome });
    const answer = outcome.verifyError
      ? { status: 401, body: outcome.verifyError }
      : (answers.shift() ?? { status: 200 });
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (!response.destroyed) {
      response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      response.end(answer.body ?? 'ok');
    }
    for (const wake of waiters) wake();
  };
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    received,
    url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    useSecret: (secret, path = '*') => secrets.set(path, [...(secrets.get(path) ?? []), secret]),
    answerWith: (...planned) => {
      answers = planned.map((answer) => (typeof answer === 'number' ? { status: answer } : answer));
    },
    waitForRequests: async (count, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`the receiver got ${received.length} of ${count} requests`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 50);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters = [];
      }
      return received.slice(0, count);
    },
    reset: () => {
      received.length = 0;
      answers = [];
      secrets.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
