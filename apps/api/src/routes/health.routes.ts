import { ZHealth, ZProblem, ZReady } from '@customeric/contracts';
import { pingDatabase, type TDatabase } from '@customeric/db';
import { AppError } from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const healthRoutes: FastifyPluginAsyncZod<{ database: TDatabase; version: string }> = async (
  app,
  { database, version },
) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The process is up (does not touch the database)',
        response: { 200: ZHealth },
      },
    },
    async () => ({ status: 'ok' as const, version }),
  );

  app.get(
    '/api/ready',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The process can serve requests: the database answers',
        response: { 200: ZReady, 503: ZProblem },
      },
    },
    async () => {
      try {
        await pingDatabase(database);
      } catch {
        throw new AppError('database_unavailable', { detail: 'The database does not answer.' });
      }
      return { status: 'ready' as const, database: 'up' as const };
    },
  );
};
