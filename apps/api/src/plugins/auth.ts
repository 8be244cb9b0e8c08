import type { TDatabase } from '@customeric/db';
import { roleCan, scopesCan, type TPermission } from '@customeric/domain';
import {
  authenticateApiKey,
  markApiKeyUsed,
  resolveSession,
  secretsEqual,
} from '@customeric/services';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { TApiRoute, TRequestAuth } from '../lib/route-access.ts';
import { readSessionCookie } from '../lib/session-cookie.ts';
import { sendProblem } from './problems.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function authenticate(
  database: TDatabase,
  request: FastifyRequest,
): Promise<TRequestAuth | 'bad_key' | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const actor = await authenticateApiKey(database, header.slice('Bearer '.length).trim());
    return actor ? { actor, via: 'api_key', session: null } : 'bad_key';
  }
  const token = readSessionCookie(request);
  if (!token) return null;
  const session = await resolveSession(database, token);
  return session ? { actor: session.actor, via: 'session', session } : null;
}

function isAllowed(auth: TRequestAuth, access: 'signed_in' | TPermission): boolean {
  if (auth.via === 'api_key') return access !== 'signed_in' && scopesCan(auth.actor.scopes, access);
  const role = auth.actor.role;
  if (!role) return false;
  return access === 'signed_in' || roleCan(role, access);
}

async function checkAccess(database: TDatabase, request: FastifyRequest, reply: FastifyReply) {
  const access = request.routeOptions.config.access;
  // Unregistered paths (404 handler, static files) and public routes need no identity, so
  // they cost no database round trip.
  if (!access || access === 'public') return;
  const auth = await authenticate(database, request);
  if (auth === 'bad_key') {
    return sendProblem(request, reply, 'unauthenticated', 'This API key is unknown or revoked.');
  }
  request.auth = auth;
  if (!auth)
    return sendProblem(
      request,
      reply,
      'unauthenticated',
      'Sign in, or send an API key as Authorization: Bearer <key>.',
    );
  if (!isAllowed(auth, access)) {
    const need = access === 'signed_in' ? 'a signed-in person' : `the permission ${access}`;
    return sendProblem(
      request,
      reply,
      'forbidden',
      `This needs ${need}, which your ${auth.via === 'api_key' ? 'API key' : 'role'} does not have.`,
    );
  }
  if (auth.via === 'session' && !SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    const expected = auth.session?.session.csrfToken ?? '';
    if (typeof sent !== 'string' || !secretsEqual(sent, expected)) {
      return sendProblem(
        request,
        reply,
        'csrf_failed',
        'Send the x-csrf-token header that came with your session.',
      );
    }
  }
  if (auth.via === 'api_key') await markApiKeyUsed(database, auth.actor);
}

/**
 * Authentication and the permission check run in onRequest, before the body is parsed, so a
 * caller who may not use a route learns nothing from validation and writes nothing.
 */
export const authPlugin = fp(async (app: FastifyInstance, options: { database: TDatabase }) => {
  app.decorateRequest('auth', null);
  const routes: TApiRoute[] = [];
  app.decorate('apiRoutes', routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
    }
  });
  app.addHook('onRequest', async (request, reply) => checkAccess(options.database, request, reply));
});
