import { randomUUID } from 'node:crypto';
import type { TDatabase } from '@customeric/db';
import {
  createJobQueue,
  mailerFromEnvironment,
  type TJobQueue,
  type TMailer,
  type TWebhookSettings,
} from '@customeric/services';
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
import { caseProgrammeRoutes } from './routes/case-programme.routes.ts';
import { casesRoutes } from './routes/cases.routes.ts';
import { customersRoutes } from './routes/customers.routes.ts';
import { eventsRoutes } from './routes/events.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { marketRoutes } from './routes/market.routes.ts';
import { marketCompetitorsRoutes } from './routes/market-competitors.routes.ts';
import { orgRoutes } from './routes/org.routes.ts';
import { promisesRoutes } from './routes/promises.routes.ts';
import { scoresRoutes } from './routes/scores.routes.ts';
import { voiceRoutes } from './routes/voice.routes.ts';
import { webhooksRoutes } from './routes/webhooks.routes.ts';

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
  /** How case notifications are e-mailed; by default from the environment (SMTP_URL, MAIL_FROM), none without. */
  mailer?: TMailer | null;
  /** How webhooks are checked and sent; by default from the environment (CUSTOMERIC_WEBHOOKS_*). */
  webhooks?: TWebhookSettings;
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
  await app.register(promisesRoutes, { database: options.database });
  await app.register(voiceRoutes, { database: options.database });
  const mailer = options.mailer === undefined ? mailerFromEnvironment(process.env) : options.mailer;
  await app.register(casesRoutes, { database: options.database, mailer });
  await app.register(caseProgrammeRoutes, { database: options.database, mailer });
  await app.register(scoresRoutes, { database: options.database });
  await app.register(marketCompetitorsRoutes, { database: options.database });
  await app.register(marketRoutes, { database: options.database });
  await app.register(webhooksRoutes, { database: options.database, webhooks: options.webhooks });
  await app.register(webPlugin, { webDist: options.webDist ?? null });
  return app;
}
