import { createTestDatabase } from '@customeric/testing';
import { expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { startServer } from './server.ts';

it('finishes in-flight requests when shutting down, and takes no new ones', async () => {
  const test = await createTestDatabase();
  const app = await buildApp({ database: test.database });
  app.get('/api/test/slow', { config: { access: 'public' } }, async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    return { done: true };
  });
  const server = await startServer(app, { port: 0, host: '127.0.0.1' });
  const slow = fetch(`${server.url}/api/test/slow`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const closing = server.close();
  const late = await fetch(`${server.url}/api/health`).then(
    (response) => response.status,
    () => 'refused',
  );
  const response = await slow;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ done: true });
  expect(late === 'refused' || late === 503).toBe(true);
  await closing;
  await test.drop();
});
