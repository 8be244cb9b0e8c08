import { openDatabase } from '@customeric/db';
import { createTestDatabase, type TTestDatabase } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';

let test: TTestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({ database: test.database });
  app.get('/api/test/explode', { config: { access: 'public' } }, async () => {
    throw new Error('password=hunter2 at db.internal:5432');
  });
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe('health and readiness', () => {
  it('is healthy and ready with a database', async () => {
    expect((await app.inject({ url: '/api/health' })).json()).toMatchObject({ status: 'ok' });
    expect((await app.inject({ url: '/api/ready' })).json()).toEqual({
      status: 'ready',
      database: 'up',
    });
  });

  it('answers 503 problems, not a crash, when the database is down', async () => {
    const down = openDatabase('postgres://customeric_app:x@127.0.0.1:1/customeric');
    const broken = await buildApp({ database: down });
    const ready = await broken.inject({ url: '/api/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ code: 'database_unavailable', status: 503 });
    const login = await broken.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a@b.test', password: 'x' },
    });
    expect(login.statusCode).toBe(503);
    expect((await broken.inject({ url: '/api/health' })).statusCode).toBe(200);
    await broken.close();
    await down.close();
  });
});

describe('problems', () => {
  it('answers unknown API routes with a 404 problem', async () => {
    const response = await app.inject({ url: '/api/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      type: '/problems/route_not_found',
      status: 404,
      instance: '/api/no-such-thing',
    });
  });

  it('never shows internals in a 500', async () => {
    const response = await app.inject({ url: '/api/test/explode' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/hunter2|db\.internal|at .*\.ts/);
    expect(response.json().detail).toContain(response.headers['x-request-id']);
  });

  it('answers broken JSON and wrong content types clearly', async () => {
    const broken = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toBe('The body is not valid JSON.');
    const xml = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(xml.statusCode).toBe(415);
  });
});

describe('the HTTP surface', () => {
  it('echoes a request id, or makes one', async () => {
    const given = await app.inject({
      url: '/api/health',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await app.inject({ url: '/api/health' });
    expect(made.headers['x-request-id']).toMatch(/^req_/);
  });

  it('sends security headers', async () => {
    const response = await app.inject({ url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('publishes OpenAPI 3.1 with every API route and an interactive reference', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const route of app.apiRoutes) {
      if (route.url === '/api/openapi.json' || route.url.startsWith('/api/test/')) continue;
      // `::` is a literal colon in a Fastify path (POST /api/events:batch), not a parameter.
      const path = route.url
        .split('::')
        .map((part) => part.replace(/:(\w+)/g, '{$1}'))
        .join(':');
      expect(
        spec.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
    expect(spec.components.schemas.Problem).toBeDefined();
    const docs = await app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });
});
