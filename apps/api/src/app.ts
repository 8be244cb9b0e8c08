import { randomUUID } from 'node:crypto';
import type { TDatabase } from '@customeric/db';
import { createJobQueue, type TJobQueue } from '@customeric/services';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { authPlugin } from './plugins/auth.ts';
import { openapiPlugin } from './plugins/openapi.ts';
import { problemsPlugin } from './plugins/problems.ts';
import { webPlugin } from './plugins/web.ts';
import { accessRoutes } from './routes/access.routes.ts';
import { customersRoutes } from './routes/customers.routes.ts';
import { eventsRoutes } from './routes/events.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { orgRoutes } from './routes/org.routes.ts';

export interface TBuildAppOptions {
  database: TDatabase;
  /** Where routes put background work; by default a send-only queue on the same database. */
  jobs?: TJobQueue;
  logger?: FastifyServerOptions['logger'];
  version?: string;
  /** The built web app (apps/web/dist); null serves the API only. */
  webDist?: string | null;
  loginRateLimit?: { max: number; timeWindow: number };
  trustProxy?: boolean;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole HTTP application without listening: server.ts listens, tests inject. */
export async function buildApp(options: TBuildAppOptions): Promise<FastifyInstance> {
  const version = options.version ?? '0.1.0';
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : `req_${randomUUID()}`;
    },
  });
  // Routes that queue background work use app.jobs (or get it in their plugin options).
  const jobs = options.jobs ?? createJobQueue(options.database);
  app.decorate('jobs', jobs);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(problemsPlugin);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin, { database: options.database });
  await app.register(openapiPlugin, { version });

  await app.register(healthRoutes, { database: options.database, version });
  await app.register(accessRoutes, {
    database: options.database,
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindow: 60_000 },
  });
  await app.register(orgRoutes, { database: options.database });
  await app.register(customersRoutes, { database: options.database });
  await app.register(eventsRoutes, { database: options.database });
  await app.register(webPlugin, { webDist: options.webDist ?? null });
  return app;
}
