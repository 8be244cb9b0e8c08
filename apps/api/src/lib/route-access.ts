import type { TRouteAccess } from '@customeric/domain';
import type { TActor, TJobQueue, TResolvedSession } from '@customeric/services';

export interface TRequestAuth {
  actor: TActor;
  via: 'session' | 'api_key';
  session: TResolvedSession | null;
}

/** A registered API route and who may call it; the authorization matrix test walks these. */
export interface TApiRoute {
  method: string;
  url: string;
  access: TRouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    apiRoutes: readonly TApiRoute[];
    /** Where routes put background work (app.ts). */
    jobs: TJobQueue;
  }
  interface FastifyContextConfig {
    /** Who may call the route; API routes without it refuse to register (plugins/auth.ts). */
    access?: TRouteAccess;
  }
  interface FastifyRequest {
    auth: TRequestAuth | null;
  }
}

/** The auth of a request that passed its access check; routes that are not public use this. */
export function requireAuth(auth: TRequestAuth | null): TRequestAuth {
  if (!auth) throw new Error('route reached without authentication; its access config is wrong');
  return auth;
}
