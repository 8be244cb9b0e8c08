import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problems.ts';

/**
 * Serves the built web app and answers unknown paths: API paths with a 404 problem, any
 * other GET with index.html so the single-page app's own routes work on reload.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { webDist: string | null }) => {
  const root =
    options.webDist && existsSync(join(options.webDist, 'index.html')) ? options.webDist : null;
  if (root) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // A path that names a file (e.g. a stale /assets/*.js after a rebuild) is a real 404:
    // answering it with index.html would leave the browser with a blank page.
    const namesFile = /\.[a-z0-9]+$/i.test(path);
    if (
      root &&
      request.method === 'GET' &&
      !namesFile &&
      !path.startsWith('/api/') &&
      path !== '/api'
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      request,
      reply,
      'route_not_found',
      `There is no route ${request.method} ${path}.`,
    );
  });
});
