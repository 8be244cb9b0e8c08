import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@customeric/db';
import { expect, it } from 'vitest';
import { buildApp } from '../app.ts';

it('serves the web app, its client-side routes, and 404s for missing files and API paths', async () => {
  const webDist = await mkdtemp(join(tmpdir(), 'customeric-web-'));
  await mkdir(join(webDist, 'assets'));
  await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Customeric</title>');
  await writeFile(join(webDist, 'assets', 'app.js'), 'console.log(1)');
  // No request here reaches the database.
  const database = openDatabase('postgres://customeric_app:x@127.0.0.1:1/none');
  const app = await buildApp({ database, webDist });

  const route = await app.inject({ url: '/access/users' });
  expect(route.statusCode).toBe(200);
  expect(route.body).toContain('<title>Customeric</title>');
  expect((await app.inject({ url: '/assets/app.js' })).body).toBe('console.log(1)');
  const stale = await app.inject({ url: '/assets/app-old.js' });
  expect(stale.statusCode).toBe(404);
  expect(stale.headers['content-type']).toContain('application/problem+json');
  expect((await app.inject({ url: '/api/unknown' })).statusCode).toBe(404);

  await app.close();
  await database.close();
});
