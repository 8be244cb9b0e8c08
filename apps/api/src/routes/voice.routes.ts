import type { TDatabase } from '@customeric/db';
import type { FastifyPluginAsync } from 'fastify';
import { voiceAnswersRoutes } from './voice-answers.routes.ts';
import { voicePublicRoutes } from './voice-public.routes.ts';
import { voiceSurveysRoutes } from './voice-surveys.routes.ts';
import { voiceThemesRoutes } from './voice-themes.routes.ts';

/** Surveys, invitations, answers, themes, and the public answer page's API. */
export const voiceRoutes: FastifyPluginAsync<{
  database: TDatabase;
  publicRateLimit?: { max: number; timeWindow: number };
}> = async (app, { database, publicRateLimit }) => {
  await app.register(voiceSurveysRoutes, { database });
  await app.register(voiceAnswersRoutes, { database });
  await app.register(voiceThemesRoutes, { database });
  await app.register(voicePublicRoutes, {
    database,
    rateLimit: publicRateLimit ?? { max: 60, timeWindow: 60_000 },
  });
};
