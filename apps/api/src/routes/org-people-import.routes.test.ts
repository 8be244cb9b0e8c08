import {
  insertUser,
  signIn,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { importRequests, insertImportDepartments } from '../testing/people-import.ts';
import { snapshotTenants } from '../testing/snapshot-tenants.ts';

let test: TTestDatabase;
let app: FastifyInstance;
let org: TTestOrganization;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  ({ test, app, org, admin } = await startApiTest());
  await insertImportDepartments(test, org);
});
afterAll(() => stopApiTest({ app, test }));

const { preview, confirm } = importRequests(
  () => app,
  () => admin,
);
const previewAndConfirm = async (csv: string) =>
  confirm(csv, (await preview(csv)).json().previewHash);
const findByEmail = async (email: string) =>
  (
    await app.inject({
      url: `/api/org/people?q=${encodeURIComponent(email)}`,
      headers: admin.headers,
    })
  ).json().items[0];

const TEAM = [
  'email,name,title,department,manager_email,role,executive,customer_work_share,skills',
  'lena@team.test,Lena Lead,Head of Sales,Sales,,department_head,yes,30,negotiation:5',
  'omar@team.test,Omar Seller,Account manager,sales,lena@team.test,employee,no,45%,crm:4; negotiation:3',
  'pia@team.test,Pia Helper,,Customer Service,omar@team.test,,,60,',
].join('\n');

describe('people import', () => {
  it('previews who would be created, then creates them all with managers, in one go', async () => {
    const shown = await preview(TEAM);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({
      summary: { create: 3, update: 0, unchanged: 0, errors: 0 },
      issues: [],
      ignoredColumns: [],
    });
    expect(await findByEmail('lena@team.test')).toBeUndefined();
    const done = await confirm(TEAM, shown.json().previewHash);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const lena = await findByEmail('lena@team.test');
    const omar = await findByEmail('omar@team.test');
    expect(omar).toMatchObject({
      managerId: lena.id,
      title: 'Account manager',
      customerWorkShare: 45,
      role: 'employee',
      skills: [
        { tag: 'crm', level: 4 },
        { tag: 'negotiation', level: 3 },
      ],
      canSignIn: false,
    });
    expect(lena).toMatchObject({ role: 'department_head', isExecutive: true });
    expect(await findByEmail('pia@team.test')).toMatchObject({
      managerId: omar.id,
      role: 'employee',
    });
  });

  it('does not let imported people sign in until an administrator sets a password', async () => {
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'pia@team.test', password },
      });
    expect((await login('')).statusCode).toBe(400);
    expect((await login('anything at all')).statusCode).toBe(401);
    const pia = await findByEmail('pia@team.test');
    const set = await app.inject({
      method: 'PATCH',
      url: `/api/users/${pia.id}`,
      headers: admin.headers,
      payload: { password: 'pia has a password now' },
    });
    expect(set.statusCode).toBe(200);
    expect((await login('pia has a password now')).statusCode).toBe(200);
    const audit = await app.inject({ url: '/api/audit?subjectType=user', headers: admin.headers });
    expect(JSON.stringify(audit.json())).not.toContain('pia has a password now');
  });

  it('previews changes and unchanged rows, and re-importing its own export changes nothing', async () => {
    const changed = TEAM.replace('Account manager', 'Senior account manager');
    const shown = (await preview(changed)).json();
    expect(shown.summary).toEqual({ create: 0, update: 1, unchanged: 2, errors: 0 });
    const row = shown.rows.find((r: { email: string }) => r.email === 'omar@team.test');
    expect(row).toMatchObject({
      row: 3,
      action: 'update',
      changes: { title: { from: 'Account manager', to: 'Senior account manager' } },
    });
    expect((await confirm(changed, shown.previewHash)).json()).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
    });
    const exported = await app.inject({ url: '/api/org/people/export', headers: admin.headers });
    const again = (await preview(exported.body)).json();
    expect(again.summary).toMatchObject({ create: 0, update: 0, errors: 0 });
  });

  it('refuses a file without the email column as a problem naming the column, writing nothing', async () => {
    const before = await snapshotTenants(test.ownerUrl);
    const csv = 'name,title\nNoah Nomail,Clerk\n';
    for (const response of [await preview(csv), await confirm(csv, '0'.repeat(64))]) {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        detail: expect.stringContaining('has no email column'),
        errors: [{ pointer: '/csv/columns/email', message: 'row 1: the column email is missing' }],
      });
    }
    expect(await snapshotTenants(test.ownerUrl)).toBe(before);
  });

  it('names a duplicate e-mail by row and column, and confirming it imports nobody', async () => {
    const csv = [
      'email,name',
      'new.one@team.test,New One',
      'twin@team.test,Twin A',
      'TWIN@team.test,Twin B',
    ].join('\n');
    const shown = (await preview(csv)).json();
    expect(shown.summary).toEqual({ create: 2, update: 0, unchanged: 0, errors: 1 });
    expect(shown.issues).toEqual([
      {
        row: 4,
        column: 'email',
        message: 'twin@team.test appears twice in the file (also row 3)',
      },
    ]);
    const before = await snapshotTenants(test.ownerUrl);
    const refused = await confirm(csv, shown.previewHash);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      detail: expect.stringContaining(
        'nothing was imported. Row 4, email: twin@team.test appears twice',
      ),
      errors: [{ pointer: '/csv/rows/4/email' }],
    });
    expect(await snapshotTenants(test.ownerUrl)).toBe(before);
    expect(await findByEmail('new.one@team.test')).toBeUndefined();
  });

  it('refuses to import when the people changed since the preview', async () => {
    const csv = 'email,name,title\nomar@team.test,Omar Seller,Team lead\n';
    const shown = (await preview(csv)).json();
    await previewAndConfirm('email,name,title\nomar@team.test,Omar Seller,Director\n');
    const stale = await confirm(csv, shown.previewHash);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().errors[0].pointer).toBe('/previewHash');
    expect((await findByEmail('omar@team.test')).title).toBe('Director');
  });

  it('is for administrators only', async () => {
    const head = await insertUser(test.database, org, { role: 'department_head' });
    const session = await signIn(app, head.email);
    const response = await app.inject({
      method: 'POST',
      url: '/api/org/people/import/preview',
      headers: session.headers,
      payload: { csv: TEAM },
    });
    expect(response.statusCode).toBe(403);
  });
});
