import {
  ZCharterParams,
  ZComplianceQuery,
  ZComplianceReport,
  ZCustomerPromiseParams,
  ZCustomerPromises,
  ZPublicCharter,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['promises'];

/** Compliance roll-ups, the customer 360's promises and the public charter. */
export const promiseComplianceRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.get(
    '/api/promise-compliance',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary:
          'Kept, broken and open by promise, department, value chain, stage, segment or customer, per week or month, with the trend',
        querystring: ZComplianceQuery,
        response: { 200: ZComplianceReport, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.getPromiseCompliance(context(request.auth), request.query),
  );

  app.get(
    '/api/customers/:customerId/promises',
    {
      config: { access: 'promises.read' },
      schema: {
        tags,
        summary: "The customer's kept and broken promises, per promise, and the latest outcomes",
        params: ZCustomerPromiseParams,
        response: { 200: ZCustomerPromises, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getCustomerPromises(context(request.auth), request.params.customerId),
  );

  app.get(
    '/api/public/charters/:orgSlug',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags,
        summary:
          "An organisation's public Bill of Rights with last quarter's compliance (no log-in)",
        params: ZCharterParams,
        response: { 200: ZPublicCharter, ...problemResponses(400, 404, 429) },
      },
    },
    async (request) => services.getPublicCharter(database, request.params.orgSlug),
  );
};
