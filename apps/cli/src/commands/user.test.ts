import { findLoginOrgIds } from '@customeric/db';
import { findAuditEntries, findUsers } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserInOrganization, type TUserCreateInput } from './user.ts';

let test: TTestDatabase;
let org: TTestOrganization;

beforeAll(async () => {
  test = await createTestDatabase();
  org = await insertOrganization(test.database);
});
afterAll(() => test.drop());

function newUser(overrides: Partial<TUserCreateInput> = {}): TUserCreateInput {
  return {
    org: org.organization.slug,
    email: 'Jo.Park@Example.test',
    name: 'Jo Park',
    role: 'cco',
    executive: true,
    password: 'a long enough password',
    ...overrides,
  };
}

async function countUsers(): Promise<number> {
  const page = await findUsers({ database: test.database, actor: org.actor }, { limit: 200 });
  return page.items.length;
}

describe('user create', () => {
  it('creates a user who can sign in, and audits it as done from the command line', async () => {
    const user = await createUserInOrganization(test.database, newUser());
    expect(user).toMatchObject({ email: 'jo.park@example.test', role: 'cco', isExecutive: true });
    const found = await findUsers(
      { database: test.database, actor: org.actor },
      { limit: 50, q: 'Jo Park' },
    );
    expect(found.items.map((item) => item.id)).toEqual([user.id]);
    expect(await findLoginOrgIds(test.database, 'jo.park@example.test')).toEqual([
      org.organization.id,
    ]);
    const audit = await findAuditEntries(
      { database: test.database, actor: org.actor },
      { limit: 10 },
    );
    expect(audit.items[0]).toMatchObject({
      action: 'user.created',
      subjectId: user.id,
      actorUserId: null,
      actorApiKeyId: null,
    });
  });

  it('refuses an unknown role, listing the valid ones, and writes nothing', async () => {
    const before = await countUsers();
    await expect(
      createUserInOrganization(test.database, newUser({ email: 'x@example.test', role: 'wizard' })),
    ).rejects.toThrow(
      'role: must be one of admin, ceo, cco, value_chain_manager, department_head, executive, employee, board',
    );
    expect(await countUsers()).toBe(before);
  });

  it('says which organisation slug does not exist', async () => {
    await expect(
      createUserInOrganization(
        test.database,
        newUser({ org: 'no-such-org', email: 'y@example.test' }),
      ),
    ).rejects.toThrow('There is no organisation with the slug "no-such-org".');
  });

  it('refuses a short password and a second user with the same e-mail', async () => {
    await expect(
      createUserInOrganization(
        test.database,
        newUser({ email: 'z@example.test', password: 'short' }),
      ),
    ).rejects.toThrow('password: must be at least 12 characters');
    await expect(createUserInOrganization(test.database, newUser())).rejects.toThrow(
      'A user with the e-mail jo.park@example.test already exists in this organisation.',
    );
  });
});
