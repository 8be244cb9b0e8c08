import {
  ZContact,
  ZContactList,
  ZContactListQuery,
  ZCreateContactRequest,
  ZCreateCustomerRequest,
  ZCustomer,
  ZCustomerList,
  ZCustomerListQuery,
  ZCustomerOverview,
  ZCustomerParams,
  ZEventPage,
  ZTimelineQuery,
  ZTimelineSummary,
  ZUpdateCustomerRequest,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as services from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answerIdempotently } from '../lib/idempotency.ts';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';

const tags = ['customers'];

export const customersRoutes: FastifyPluginAsyncZod<{ database: TDatabase }> = async (
  app,
  { database },
) => {
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });
  const read = { access: 'customers.accounts.read' } as const;
  const write = { access: 'customers.accounts.write' } as const;

  app.get(
    '/api/customers',
    {
      config: read,
      schema: {
        tags,
        summary: 'List and search customers (name, contact e-mail, external id)',
        querystring: ZCustomerListQuery,
        response: { 200: ZCustomerList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => services.findCustomers(context(request.auth), request.query),
  );

  app.post(
    '/api/customers',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a customer (Idempotency-Key supported)',
        body: ZCreateCustomerRequest,
        response: { 201: ZCustomer, ...problemResponses(400, 409, 422, ...GUARDED) },
      },
    },
    async (request, reply) => {
      const ctx = context(request.auth);
      return answerIdempotently(request, reply, ctx, async (tx) => ({
        status: 201,
        body: await services.createCustomerIn(tx, ctx.actor, request.body),
      }));
    },
  );

  app.get(
    '/api/customers/:customerId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A customer, with counts of its contacts and events',
        params: ZCustomerParams,
        response: { 200: ZCustomerOverview, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getCustomerOverview(context(request.auth), request.params.customerId),
  );

  app.patch(
    '/api/customers/:customerId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a customer: account, status and churn, owner, external keys',
        params: ZCustomerParams,
        body: ZUpdateCustomerRequest,
        response: { 200: ZCustomer, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      services.updateCustomer(context(request.auth), request.params.customerId, request.body),
  );

  app.get(
    '/api/customers/:customerId/contacts',
    {
      config: read,
      schema: {
        tags,
        summary: 'The contacts of a customer',
        params: ZCustomerParams,
        querystring: ZContactListQuery,
        response: { 200: ZContactList, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.findContacts(context(request.auth), request.params.customerId, request.query),
  );

  app.post(
    '/api/customers/:customerId/contacts',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a contact to a customer',
        params: ZCustomerParams,
        body: ZCreateContactRequest,
        response: { 201: ZContact, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await services.createContact(
            context(request.auth),
            request.params.customerId,
            request.body,
          ),
        ),
  );

  app.get(
    '/api/customers/:customerId/timeline',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every event of the customer across all departments, newest first',
        params: ZCustomerParams,
        querystring: ZTimelineQuery,
        response: { 200: ZEventPage, ...problemResponses(400, 404, ...GUARDED) },
      },
    },
    async (request) =>
      services.findTimeline(context(request.auth), request.params.customerId, request.query),
  );

  app.get(
    '/api/customers/:customerId/timeline/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'The departments the customer passed through, and what its timeline holds',
        params: ZCustomerParams,
        response: { 200: ZTimelineSummary, ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request) =>
      services.getTimelineSummary(context(request.auth), request.params.customerId),
  );
};
