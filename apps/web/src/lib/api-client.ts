import { type TProblem, ZProblem } from '@customeric/contracts';

/** Anything with a Zod-like `parse`: the contract schemas, without the web importing zod. */
export interface TSchema<T> {
  parse: (data: unknown) => T;
}

type TMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type TQueryValue = string | number | boolean | null | undefined;

export interface TRequestOptions {
  method?: TMethod;
  query?: Record<string, TQueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** A failed API call, carrying the server's RFC 9457 problem (or one made up on its behalf). */
export class ApiError extends Error {
  readonly problem: TProblem;

  constructor(problem: TProblem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/*
 * The CSRF token lives in memory only: the session cookie is HttpOnly, and the token comes
 * with every session answer, so a reload fetches it again.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** For the one request that cannot go through apiRequest: an upload that reports progress. */
export function getCsrfToken(): string | null {
  return csrfToken;
}

export function apiRequest<T>(
  path: string,
  options: TRequestOptions & { schema: TSchema<T> },
): Promise<T>;
export function apiRequest(path: string, options?: TRequestOptions): Promise<void>;
export async function apiRequest<T>(
  path: string,
  options: TRequestOptions & { schema?: TSchema<T> } = {},
): Promise<T | undefined> {
  const { method = 'GET', query, body, signal, schema } = options;
  const response = await sendRequest(buildUrl(path, query), {
    method,
    headers: buildHeaders(method, body !== undefined),
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (!schema || response.status === 204) return undefined;
  return parseBody(response, schema);
}

function buildUrl(path: string, query: TRequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function buildHeaders(method: TMethod, hasBody: boolean): Headers {
  const headers = new Headers({ accept: 'application/json, application/problem+json' });
  if (hasBody) headers.set('content-type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  return headers;
}

async function sendRequest(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      makeProblem(0, 'network_error', 'The server cannot be reached', {
        detail: 'Check your connection and try again.',
        instance: url,
      }),
    );
  }
}

async function readProblem(response: Response): Promise<TProblem> {
  const fallback = makeProblem(response.status, fallbackCode(response.status), 'Request failed', {
    detail: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    instance: new URL(response.url || '/', window.location.origin).pathname,
  });
  try {
    const parsed = ZProblem.safeParse(await response.json());
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

async function parseBody<T>(response: Response, schema: TSchema<T>): Promise<T> {
  try {
    return schema.parse(await response.json());
  } catch (error) {
    // A mismatch means server and web disagree on the contract: say so instead of rendering junk.
    console.error('Response did not match the contract', response.url, error);
    throw new ApiError(
      makeProblem(response.status, 'invalid_response', 'Unexpected answer from the server', {
        detail: 'The server answered in a shape this page does not understand. Reload the page.',
        instance: new URL(response.url || '/', window.location.origin).pathname,
      }),
    );
  }
}

function fallbackCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'internal_error' : 'bad_request';
}

function makeProblem(
  status: number,
  code: string,
  title: string,
  extra: { detail: string; instance: string },
): TProblem {
  return { type: `/problems/${code}`, title, status, code, ...extra };
}
