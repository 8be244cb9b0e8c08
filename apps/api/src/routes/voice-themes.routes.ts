import {
  ZCreateThemeRequest,
  ZTheme,
  ZThemeList,
  ZThemeParams,
  ZThemePreview,
  ZThemePreviewRequest,
  ZThemeRerunResult,
  ZUpdateThemeRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['voice'];

export const voiceThemesRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const write = { access: 'voice.write' } as const;

  app.get(
    '/api/themes',
    {
      config: { access: 'voice.read' },
      schema: {
        tags,
        summary: 'Themes with their rules, counts of answers and latest examples',
        response: { 200: ZThemeList, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.findThemes(context(request.auth)),
  );

  app.post(
    '/api/themes',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a theme; its rules are applied to every answer at once',
        body: ZCreateThemeRequest,
        response: { 201: ZTheme, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await services.createTheme(context(request.auth), request.body)),
  );

  app.patch(
    '/api/themes/:themeId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a theme; new rules are applied to every answer, hand tags kept',
        params: ZThemeParams,
        body: ZUpdateThemeRequest,
        response: { 200: ZTheme, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateTheme(context(request.auth), request.params.themeId, request.body),
  );

  app.delete(
    '/api/themes/:themeId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a theme and its tags (the answers stay)',
        params: ZThemeParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await services.deleteTheme(context(request.auth), request.params.themeId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/themes::preview',
    {
      config: { access: 'voice.read' },
      schema: {
        tags,
        summary: 'Try rules on the latest comments without saving: what matches, and where',
        body: ZThemePreviewRequest,
        response: { 200: ZThemePreview, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.previewThemeRules(context(request.auth), request.body),
  );

  app.post(
    '/api/themes::rerun',
    {
      config: write,
      schema: {
        tags,
        summary: 'Run every theme’s rules over all answers again (hand tags kept)',
        response: { 200: ZThemeRerunResult, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => services.rerunThemeRules(context(request.auth)),
  );
};
