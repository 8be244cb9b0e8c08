import {
  ZApiKeyList,
  ZApiKeyParams,
  ZAuditList,
  ZAuditListQuery,
  ZCreateApiKeyRequest,
  ZCreateApiKeyResponse,
  ZCreateUserRequest,
  ZCursorQuery,
  ZLoginRequest,
  ZOrganization,
  ZSessionResponse,
  ZUpdateUserRequest,
  ZUser,
  ZUserList,
  ZUserListQuery,
  ZUserParams,
} from '@customeric/contracts';
import type { TDatabase } from '@customeric/db';
import * as access from '@customeric/services';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { GUARDED, problemResponses } from '../lib/problem-responses.ts';
import { requireAuth } from '../lib/route-access.ts';
import { clearSessionCookie, setSessionCookie } from '../lib/session-cookie.ts';

interface TAccessRoutesOptions {
  database: TDatabase;
  loginRateLimit: { max: number; timeWindow: number };
}

const tags = ['access'];

export const accessRoutes: FastifyPluginAsyncZod<TAccessRoutesOptions> = async (app, options) => {
  const { database } = options;
  const context = (auth: Parameters<typeof requireAuth>[0]) => ({
    database,
    actor: requireAuth(auth).actor,
  });

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: options.loginRateLimit },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: ZLoginRequest,
        response: { 200: ZSessionResponse, ...problemResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { token, session } = await access.login(database, request.body);
      setSessionCookie(request, reply, token, new Date(session.expiresAt));
      return session;
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'The current session',
        response: { 200: ZSessionResponse, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => {
      const session = requireAuth(request.auth).session;
      if (!session) throw new Error('signed_in route without a session');
      return session.session;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Sign out',
        response: { 204: z.undefined(), ...problemResponses(...GUARDED) },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request.auth);
      if (auth.session) await access.logout(context(request.auth), auth.session.sessionId);
      clearSessionCookie(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/organization',
    {
      config: { access: 'access.organization.read' },
      schema: {
        tags,
        summary: 'The organisation',
        response: { 200: ZOrganization, ...problemResponses(...GUARDED) },
      },
    },
    async (request) => access.getOrganization(context(request.auth)),
  );

  app.get(
    '/api/users',
    {
      config: { access: 'access.users.read' },
      schema: {
        tags,
        summary: 'List users',
        querystring: ZUserListQuery,
        response: { 200: ZUserList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => access.findUsers(context(request.auth), request.query),
  );

  app.post(
    '/api/users',
    {
      config: { access: 'access.users.write' },
      schema: {
        tags,
        summary: 'Create a user',
        body: ZCreateUserRequest,
        response: { 201: ZUser, ...problemResponses(400, 409, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await access.createUser(context(request.auth), request.body)),
  );

  app.patch(
    '/api/users/:userId',
    {
      config: { access: 'access.users.write' },
      schema: {
        tags,
        summary: 'Change a user: name, role, department, executive, active',
        params: ZUserParams,
        body: ZUpdateUserRequest,
        response: { 200: ZUser, ...problemResponses(400, 404, 409, ...GUARDED) },
      },
    },
    async (request) =>
      access.updateUser(context(request.auth), request.params.userId, request.body),
  );

  app.get(
    '/api/api-keys',
    {
      config: { access: 'access.keys.read' },
      schema: {
        tags,
        summary: 'List API keys (never their secrets)',
        querystring: ZCursorQuery,
        response: { 200: ZApiKeyList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => access.findApiKeys(context(request.auth), request.query),
  );

  app.post(
    '/api/api-keys',
    {
      config: { access: 'access.keys.write' },
      schema: {
        tags,
        summary: 'Create an API key; its secret is in this response only',
        body: ZCreateApiKeyRequest,
        response: { 201: ZCreateApiKeyResponse, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await access.createApiKey(context(request.auth), request.body)),
  );

  app.delete(
    '/api/api-keys/:keyId',
    {
      config: { access: 'access.keys.write' },
      schema: {
        tags,
        summary: 'Revoke an API key',
        params: ZApiKeyParams,
        response: { 204: z.undefined(), ...problemResponses(404, ...GUARDED) },
      },
    },
    async (request, reply) => {
      await access.revokeApiKey(context(request.auth), request.params.keyId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/audit',
    {
      config: { access: 'access.audit.read' },
      schema: {
        tags,
        summary: 'The audit log, newest first',
        querystring: ZAuditListQuery,
        response: { 200: ZAuditList, ...problemResponses(400, ...GUARDED) },
      },
    },
    async (request) => access.findAuditEntries(context(request.auth), request.query),
  );
};
