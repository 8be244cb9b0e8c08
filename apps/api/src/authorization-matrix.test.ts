import { newSecret } from '@customeric/db';
import {
  API_KEY_SCOPES,
  PERMISSIONS,
  ROLES,
  roleCan,
  type TRole,
  type TRouteAccess,
} from '@customeric/domain';
import { createApiKey } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  insertUser,
  signIn,
  TEST_PASSWORD,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import type { TApiRoute } from './lib/route-access.ts';
import { caseProgrammeProbes } from './testing/case-programme-probes.ts';
import { casesProbes } from './testing/cases-probes.ts';
import { customersEventsProbes } from './testing/customers-events-probes.ts';
import { orgProbes } from './testing/org-probes.ts';
import { promisesProbes } from './testing/promises-probes.ts';
import { scoresProbes } from './testing/scores-probes.ts';
import { snapshotTenants } from './testing/snapshot-tenants.ts';
import { voiceProbes } from './testing/voice-probes.ts';
import { webhooksProbes } from './testing/webhooks-probes.ts';

/**
 * Every registered route × every kind of caller, with the expectation taken from the
 * permission table. A new route without a probe here fails the first test.
 */
interface TProbe {
  url: string;
  payload?: unknown;
  /** e.g. the content type of a stream or a CloudEvent */
  headers?: Record<string, string>;
  success: number;
  /** The route names one object of organisation A: other tenants must get 404. */
  targetsObject?: boolean;
}

let test: TTestDatabase;
let app: FastifyInstance;
let orgA: TTestOrganization;
let orgB: TTestOrganization;
/** The owner's connection for the snapshots around every denied write. */
let owner: pg.Client;
const usersByRole = new Map<TRole, { id: string; email: string }>();

const freshKeyOfA = async () =>
  (
    await createApiKey(
      { database: test.database, actor: orgA.actor },
      { name: 'probe', scopes: ['access.users.read'] },
    )
  ).apiKey.id;

const PROBES: Record<string, () => Promise<TProbe>> = {
  'GET /api/health': async () => ({ url: '/api/health', success: 200 }),
  'GET /api/ready': async () => ({ url: '/api/ready', success: 200 }),
  'GET /api/openapi.json': async () => ({ url: '/api/openapi.json', success: 200 }),
  'POST /api/auth/login': async () => ({
    url: '/api/auth/login',
    payload: { email: orgA.admin.email, password: TEST_PASSWORD },
    success: 200,
  }),
  'GET /api/auth/session': async () => ({ url: '/api/auth/session', success: 200 }),
  'POST /api/auth/logout': async () => ({ url: '/api/auth/logout', success: 204 }),
  'GET /api/organization': async () => ({ url: '/api/organization', success: 200 }),
  'GET /api/users': async () => ({ url: '/api/users', success: 200 }),
  'POST /api/users': async () => ({
    url: '/api/users',
    payload: {
      email: `probe-${newSecret(6)}@a.test`,
      name: 'Probe',
      role: 'employee',
      password: 'probe password 123',
    },
    success: 201,
  }),
  'PATCH /api/users/:userId': async () => {
    const target = await insertUser(test.database, orgA, { role: 'employee' });
    return {
      url: `/api/users/${target.id}`,
      payload: { name: 'Renamed by probe' },
      success: 200,
      targetsObject: true,
    };
  },
  'GET /api/api-keys': async () => ({ url: '/api/api-keys', success: 200 }),
  'POST /api/api-keys': async () => ({
    url: '/api/api-keys',
    payload: { name: 'Probe key', scopes: ['access.users.read'] },
    success: 201,
  }),
  'DELETE /api/api-keys/:keyId': async () => ({
    url: `/api/api-keys/${await freshKeyOfA()}`,
    success: 204,
    targetsObject: true,
  }),
  'GET /api/audit': async () => ({ url: '/api/audit', success: 200 }),
  ...orgProbes(() => ({ database: test.database, orgA, usersByRole })),
  ...customersEventsProbes(() => ({ database: test.database, orgA, orgB })),
  ...casesProbes(() => ({ database: test.database, orgA, orgB })),
  ...caseProgrammeProbes(() => ({ database: test.database, orgA, orgB })),
  ...voiceProbes(() => ({ database: test.database, orgA })),
  ...webhooksProbes(() => ({ database: test.database, orgA })),
  ...promisesProbes(() => ({ database: test.database, orgA, orgB })),
  ...scoresProbes(() => ({ database: test.database, orgA })),
};

type TCaller =
  | { kind: 'anonymous' }
  | { kind: 'role'; role: TRole }
  | { kind: 'key-in-scope' }
  | { kind: 'key-out-of-scope' }
  | { kind: 'revoked-key' }
  | { kind: 'other-organization' };

const CALLERS: TCaller[] = [
  { kind: 'anonymous' },
  ...ROLES.map((role) => ({ kind: 'role' as const, role })),
  { kind: 'key-in-scope' },
  { kind: 'key-out-of-scope' },
  { kind: 'revoked-key' },
  { kind: 'other-organization' },
];

function describeCaller(caller: TCaller): string {
  return caller.kind === 'role' ? `role ${caller.role}` : caller.kind;
}

function keyScopesFor(access: TRouteAccess, inScope: boolean): string[] {
  const grantable =
    access !== 'public' && access !== 'signed_in' && PERMISSIONS[access].apiKeyScope;
  if (inScope) return grantable ? [access] : [...API_KEY_SCOPES];
  return API_KEY_SCOPES.filter((scope) => scope !== access);
}

async function bearer(orgOf: TTestOrganization, scopes: string[], revoked = false) {
  const context = { database: test.database, actor: orgOf.actor };
  const { apiKey, secret } = await createApiKey(context, { name: 'matrix', scopes });
  if (revoked) {
    const { revokeApiKey } = await import('@customeric/services');
    await revokeApiKey(context, apiKey.id);
  }
  return { authorization: `Bearer ${secret}` };
}

const sessions = new Map<string, Record<string, string>>();

/** A signed-in session per person, reused: signing in costs an Argon2 hash. Logging out needs its own. */
async function sessionOf(email: string, route: string): Promise<Record<string, string>> {
  if (route === 'POST /api/auth/logout') return (await signIn(app, email)).headers;
  const known = sessions.get(email);
  if (known) return known;
  const { headers } = await signIn(app, email);
  sessions.set(email, headers);
  return headers;
}

async function headersFor(caller: TCaller, route: TApiRoute): Promise<Record<string, string>> {
  const { access } = route;
  const key = `${route.method} ${route.url}`;
  switch (caller.kind) {
    case 'anonymous':
      return {};
    case 'role':
      return sessionOf((usersByRole.get(caller.role) as { email: string }).email, key);
    case 'key-in-scope':
      return bearer(orgA, keyScopesFor(access, true));
    case 'key-out-of-scope':
      return bearer(orgA, keyScopesFor(access, false));
    case 'revoked-key':
      return bearer(orgA, [...API_KEY_SCOPES], true);
    case 'other-organization':
      return sessionOf(orgB.admin.email, key);
  }
}

/** The status the permission table promises this caller on this route. */
function expectedStatus(caller: TCaller, access: TRouteAccess, probe: TProbe): number {
  if (access === 'public') return probe.success;
  if (caller.kind === 'revoked-key') return 401;
  switch (caller.kind) {
    case 'anonymous':
      return 401;
    case 'role':
      return access === 'signed_in' || roleCan(caller.role, access) ? probe.success : 403;
    case 'key-in-scope':
      return access !== 'signed_in' && PERMISSIONS[access].apiKeyScope ? probe.success : 403;
    case 'key-out-of-scope':
      return 403;
    case 'other-organization':
      return probe.targetsObject ? 404 : probe.success;
  }
}

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({
    database: test.database,
    loginRateLimit: { max: 100_000, timeWindow: 60_000 },
  });
  await app.ready();
  orgA = await insertOrganization(test.database);
  orgB = await insertOrganization(test.database);
  for (const role of ROLES) usersByRole.set(role, await insertUser(test.database, orgA, { role }));
  owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner?.end();
  await app.close();
  await test.drop();
});

describe('authorization matrix', () => {
  it('has a probe for every registered API route', () => {
    const missing = app.apiRoutes
      .map((route) => `${route.method} ${route.url}`)
      .filter((key) => !PROBES[key]);
    expect(missing).toEqual([]);
  });

  it('gives every caller exactly what the permission table says, and denied writes change nothing', async () => {
    const mismatches: string[] = [];
    let probes = 0;
    for (const route of app.apiRoutes) {
      for (const caller of CALLERS) {
        const probe = await (PROBES[`${route.method} ${route.url}`] as () => Promise<TProbe>)();
        const headers = await headersFor(caller, route);
        const expected = expectedStatus(caller, route.access, probe);
        const deniedWrite = route.method !== 'GET' && (expected === 401 || expected === 403);
        const before = deniedWrite ? await snapshotTenants(owner) : null;
        const response = await app.inject({
          method: route.method as 'GET',
          url: probe.url,
          headers: { ...headers, ...probe.headers },
          ...(probe.payload ? { payload: probe.payload } : {}),
        });
        probes++;
        const label = `${route.method} ${route.url} as ${describeCaller(caller)}`;
        if (response.statusCode !== expected)
          mismatches.push(
            `${label}: expected ${expected}, got ${response.statusCode} ${response.body.slice(0, 120)}`,
          );
        if (before && (await snapshotTenants(owner)) !== before)
          mismatches.push(`${label}: a denied request changed the database`);
        const crossTenant = caller.kind === 'other-organization' && route.access !== 'public';
        if (crossTenant && response.body.includes(orgA.organization.id))
          mismatches.push(`${label}: leaked organisation A's id`);
      }
    }
    console.log(
      `authorization matrix: ${probes} probes over ${app.apiRoutes.length} routes and ${CALLERS.length} callers, ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
    expect(probes).toBe(app.apiRoutes.length * CALLERS.length);
    // Every route × every caller: it grows with every module.
  }, 600_000);
});
