import {
  ZCommitmentSummary,
  ZOrgChart,
  ZOrgSettings,
  ZUpdateOrgSettingsRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as org from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { orgDepartmentRoutes } from './org-departments.routes.ts';
import { orgPeopleRoutes } from './org-people.routes.ts';
import { orgValueChainRoutes } from './org-value-chains.routes.ts';

const tags = ['org'];

/** /api/org: settings, org chart, commitment summary; departments, people, value chains. */
export const orgRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (app, options) => {
  const { database } = options;
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/org/settings',
    {
      config: { access: 'org.settings.read' },
      schema: {
        tags,
        summary:
          'The operating model, the target band of customer work, the head of the Customer Department',
        response: { 200: ZOrgSettings, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => org.getOrgSettings(context(request.auth)),
  );

  app.put(
    '/api/org/settings',
    {
      config: { access: 'org.settings.write' },
      schema: {
        tags,
        summary:
          'Change the operating model, the target band and the head of the Customer Department',
        body: ZUpdateOrgSettingsRequest,
        response: { 200: ZOrgSettings, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => org.updateOrgSettings(context(request.auth), request.body),
  );

  app.get(
    '/api/org/chart',
    {
      config: { access: 'org.people.read' },
      schema: {
        tags,
        summary:
          'Everyone active with their manager, and the departments’ lines to the Customer Department',
        response: { 200: ZOrgChart, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => org.getOrgChart(context(request.auth)),
  );

  app.get(
    '/api/org/commitment',
    {
      config: { access: 'org.people.read' },
      schema: {
        tags,
        summary: 'Committed share of customer work against the target band, per department',
        response: { 200: ZCommitmentSummary, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => org.getCommitmentSummary(context(request.auth)),
  );

  await app.register(orgDepartmentRoutes, { database });
  await app.register(orgPeopleRoutes, { database });
  await app.register(orgValueChainRoutes, { database });
};
