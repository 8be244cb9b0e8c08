import type { signIn, TTestDatabase, TTestOrganization } from '@customeric/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiTest, stopApiTest } from '../testing/api-test.ts';
import { importRequests, insertImportDepartments } from '../testing/people-import.ts';

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
describe('people import, row by row', () => {
  it.each([
    [
      'a bad e-mail',
      'email,name\nnot-an-email,Bad',
      2,
      'email',
      '“not-an-email” is not an e-mail address',
    ],
    [
      'an unknown department',
      'email,name,department\nx@t.test,X,Wizards',
      2,
      'department',
      'there is no department called “Wizards”',
    ],
    [
      'an archived department',
      'email,name,department\nx@t.test,X,Old Ops',
      2,
      'department',
      'Old Ops is archived',
    ],
    [
      'an unknown manager',
      'email,name,manager_email\nx@t.test,X,ghost@t.test',
      2,
      'manager_email',
      'there is nobody with the e-mail ghost@t.test in Customeric or in this file',
    ],
    [
      'a share over 100',
      'email,name,customer_work_share\nx@t.test,X,150',
      2,
      'customer_work_share',
      '“150” is not a whole percentage from 0 to 100',
    ],
    [
      'an administrator role',
      'email,name,role\nx@t.test,X,admin',
      2,
      'role',
      'administrators are made in Access, not by import',
    ],
    [
      'a skill without level',
      'email,name,skills\nx@t.test,X,crm',
      2,
      'skills',
      '“crm” is not tag:level with a level from 1 to 5',
    ],
    [
      'a loop of managers',
      'email,name,manager_email\na@t.test,A,b@t.test\nb@t.test,B,a@t.test',
      2,
      'manager_email',
      'makes a loop of managers: a@t.test → b@t.test → a@t.test',
    ],
  ])('names %s by row and column', async (_name, csv, row, column, message) => {
    const shown = (await preview(csv)).json();
    expect(shown.issues[0]).toEqual({ row, column, message });
    expect((await confirm(csv, shown.previewHash)).statusCode).toBe(400);
  });
});
