import { ZBridgePeople, ZBridgePeopleQuery } from '@customeric/contracts';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import type { TCaseProgrammeRoutesOptions } from './case-programme-options.ts';

/** Bridge people: who the collaboration on cross-department cases runs through. */
export const caseBridgesRoutes: FastifyPluginAsyncZod<TCaseProgrammeRoutesOptions> = async (
  app,
  { database },
) => {
  app.get(
    '/api/case-bridges',
    {
      config: { access: 'cases.bridges.read' },
      schema: {
        tags: ['cases'],
        summary:
          'People ranked by betweenness in the case collaboration graph, and by cross-department cases resolved',
        querystring: ZBridgePeopleQuery,
        response: { 200: ZBridgePeople, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) =>
      services.getBridgePeople({ database, actor: requireAuth(request.auth).actor }, request.query),
  );
};
