import { API_KEY_SCOPES } from '@customeric/domain';
import { authenticateApiKey } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';
import { createKeyInOrganization } from './key.ts';

let test: TTestDatabase;
let org: TTestOrganization;

beforeAll(async () => {
  test = await createTestDatabase();
  org = await insertOrganization(test.database);
});
afterAll(() => test.drop());

describe('key create', () => {
  it('gives a key that authenticates as the organisation with exactly its scopes', async () => {
    const created = await createKeyInOrganization(test.database, {
      org: org.organization.slug,
      name: 'CRM sync',
      scopes: ['access.users.read,access.audit.read'],
    });
    const actor = await authenticateApiKey(test.database, created.secret);
    expect(actor).toMatchObject({ orgId: org.organization.id, apiKeyId: created.apiKey.id });
    expect(actor?.scopes).toEqual(['access.users.read', 'access.audit.read']);
  });

  it('refuses a scope that does not exist, listing the valid ones', async () => {
    const attempt = createKeyInOrganization(test.database, {
      org: org.organization.slug,
      name: 'bad',
      scopes: ['access.users.read', 'access.users.write'],
    });
    await expect(attempt).rejects.toThrow(
      `Not a valid API key scope: access.users.write. Valid scopes: ${API_KEY_SCOPES.join(', ')}.`,
    );
  });
});

describe('customeric key create, through the command line', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('prints the key alone on stdout, and how to use it on stderr', async () => {
    const out: string[] = [];
    const err: string[] = [];
    process.env.DATABASE_URL = test.ownerUrl;
    process.env.CUSTOMERIC_APP_DB_PASSWORD = decodeURIComponent(new URL(test.appUrl).password);
    const argv = [
      'node',
      'customeric',
      'key',
      'create',
      '--org',
      org.organization.slug,
      '--name',
      'pipe',
      '--scope',
      'access.organization.read',
    ];
    const code = await runCli(argv, {
      out: (text) => out.push(text),
      err: (text) => err.push(text),
    });
    expect(code, err.join('\n')).toBe(0);
    expect(out).toHaveLength(1);
    expect(await authenticateApiKey(test.database, out[0] ?? '')).not.toBeNull();
    expect(err.join('\n')).toContain('Authorization: Bearer <key>');
  });
});
