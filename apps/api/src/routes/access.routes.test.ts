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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  test = await createTestDatabase();
  app = await buildApp({
    database: test.database,
    loginRateLimit: { max: 1000, timeWindow: 60_000 },
  });
  org = await insertOrganization(test.database);
  admin = await signIn(app, org.admin.email);
});
afterAll(async () => {
  await app.close();
  await test.drop();
});

describe('log-in and sessions', () => {
  it('signs in with a session cookie that is HttpOnly, SameSite=Lax and __Host- on localhost', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { host: 'localhost:3000' },
      payload: { email: org.admin.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const [cookie] = response.cookies;
    expect(cookie).toMatchObject({
      name: '__Host-customeric_session',
      httpOnly: true,
      sameSite: 'Lax',
      secure: true,
      path: '/',
    });
    expect(response.json()).toMatchObject({
      user: { email: org.admin.email, role: 'admin' },
      organization: { id: org.organization.id },
    });
    expect(response.json().permissions).toContain('access.users.write');
  });

  it('answers the same problem for a wrong password and an unknown e-mail', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: org.admin.email, password: 'not the password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@nowhere.test', password: 'whatever' },
    });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'invalid_credentials',
        detail: 'The e-mail or password is wrong.',
      });
    }
  });

  it('asks which organisation when one e-mail and password work in two', async () => {
    const first = await insertOrganization(test.database);
    const other = await insertOrganization(test.database);
    await insertUser(test.database, other, { role: 'employee', email: first.admin.email });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: first.admin.email, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/organization');
    const chosen = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: {
        email: first.admin.email,
        password: TEST_PASSWORD,
        organization: other.organization.slug,
      },
    });
    expect(chosen.json().organization.id).toBe(other.organization.id);
  });

  it('refuses a change without the CSRF token, and signs out with it', async () => {
    const session = await signIn(app, org.admin.email);
    const noToken = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.headers.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf_failed');
    const out = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(out.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/auth/session', headers: session.headers });
    expect(after.statusCode).toBe(401);
  });

  it('limits log-in attempts per client', async () => {
    const limited = await buildApp({
      database: test.database,
      loginRateLimit: { max: 3, timeWindow: 60_000 },
    });
    const attempt = () =>
      limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'x@y.test', password: 'guess' },
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect((await attempt()).json().code).toBe('rate_limited');
    await limited.close();
  });
});

describe('users', () => {
  it('creates a user, records it in the audit log, and lists it', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        email: 'New.Person@Example.test',
        name: 'New Person',
        role: 'cco',
        password: 'a long enough password',
      },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({ email: 'new.person@example.test', role: 'cco', active: true });
    expect(user).not.toHaveProperty('passwordHash');
    const list = await app.inject({ url: '/api/users?q=new.person', headers: admin.headers });
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([user.id]);
    const audit = await app.inject({ url: '/api/audit?subjectType=user', headers: admin.headers });
    expect(audit.json().items[0]).toMatchObject({
      action: 'user.created',
      subjectId: user.id,
      actorUserId: org.admin.id,
    });
  });

  it('answers a duplicate e-mail with 409 and changes nothing', async () => {
    const before = (
      await app.inject({ url: '/api/users?limit=200', headers: admin.headers })
    ).json().items.length;
    const duplicate = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: {
        email: org.admin.email,
        name: 'Twin',
        role: 'employee',
        password: 'a long enough password',
      },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'conflict', errors: [{ pointer: '/email' }] });
    const after = (await app.inject({ url: '/api/users?limit=200', headers: admin.headers })).json()
      .items.length;
    expect(after).toBe(before);
  });

  it('names every invalid field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { email: 'not-an-email', name: '', role: 'king', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const pointers = response.json().errors.map((error: { pointer: string }) => error.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/email', '/name', '/role', '/password']));
  });

  it('pages through users with a cursor, without repeats', async () => {
    for (let i = 0; i < 5; i++) await insertUser(test.database, org, { role: 'employee' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = (
        await app.inject({ url: `/api/users?limit=2${query}`, headers: admin.headers })
      ).json();
      seen.push(...page.items.map((item: { id: string }) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
    const bad = await app.inject({ url: '/api/users?cursor=garbage', headers: admin.headers });
    expect(bad.statusCode).toBe(400);
  });

  it('changes a role, audits from and to, and deactivating ends the sessions', async () => {
    const user = await insertUser(test.database, org, { role: 'employee' });
    const session = await signIn(app, user.email);
    const promoted = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { role: 'department_head' },
    });
    expect(promoted.json().role).toBe('department_head');
    const audit = (
      await app.inject({ url: '/api/audit?subjectType=user', headers: admin.headers })
    ).json().items[0];
    expect(audit).toMatchObject({
      action: 'user.updated',
      changes: { role: { from: 'employee', to: 'department_head' } },
    });
    await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(
      (await app.inject({ url: '/api/auth/session', headers: session.headers })).statusCode,
    ).toBe(401);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
  });

  it('does not let an administrator demote or deactivate themself', async () => {
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/users/${org.admin.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('API keys', () => {
  it('shows the secret once, works as a bearer token within its scope, and stops at once when revoked', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: admin.headers,
      payload: { name: 'CRM sync', scopes: ['access.users.read'] },
    });
    expect(created.statusCode).toBe(201);
    const { apiKey, secret } = created.json();
    const bearer = { authorization: `Bearer ${secret}` };
    const listed = await app.inject({ url: '/api/api-keys', headers: admin.headers });
    expect(JSON.stringify(listed.json())).not.toContain(secret.slice(-20));
    expect((await app.inject({ url: '/api/users', headers: bearer })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/audit', headers: bearer })).statusCode).toBe(403);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/api-keys/${apiKey.id}`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await app.inject({ url: '/api/users', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(
      (
        await app.inject({
          method: 'DELETE',
          url: `/api/api-keys/${apiKey.id}`,
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a scope that keys may not have', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/api-keys',
      headers: admin.headers,
      payload: { name: 'Too strong', scopes: ['access.keys.write'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].pointer).toBe('/scopes/0');
  });
});
