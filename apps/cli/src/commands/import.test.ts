import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCustomer } from '@customeric/services';
import {
  createTestDatabase,
  insertOrganization,
  type TTestDatabase,
  type TTestOrganization,
} from '@customeric/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../program.ts';

let test: TTestDatabase;
let org: TTestOrganization;
let folder: string;
const saved = { ...process.env };

beforeAll(async () => {
  test = await createTestDatabase();
  org = await insertOrganization(test.database);
  await createCustomer(
    { database: test.database, actor: org.actor },
    {
      name: 'Imported Co',
      segment: null,
      relationshipLevel: 'transactional',
      ownerUserId: null,
      status: 'active',
      startedOn: null,
      churnedOn: null,
      churnReason: null,
      externalKeys: [{ source: 'erp', externalId: 'C-1' }],
    },
  );
  folder = await mkdtemp(join(tmpdir(), 'customeric-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await test.drop();
});
afterEach(() => {
  process.env = { ...saved };
});

async function importFile(file: string) {
  const out: string[] = [];
  const err: string[] = [];
  process.env.DATABASE_URL = test.ownerUrl;
  process.env.CUSTOMERIC_APP_DB_PASSWORD = decodeURIComponent(new URL(test.appUrl).password);
  const argv = ['node', 'customeric', 'import', 'events', file, '--org', org.organization.slug];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('customeric import events', () => {
  it('imports a CSV, counts what happened, and writes the rejected rows with their reasons', async () => {
    const file = join(folder, 'orders.csv');
    await writeFile(
      file,
      [
        'source,externalId,customerExternalId,type,occurredAt,amount',
        'erp,O-1,C-1,order.placed,2026-02-01T10:00:00Z,10',
        'erp,O-2,C-1,order placed,2026-02-01T11:00:00Z,20',
        'erp,O-1,C-1,order.placed,2026-02-01T10:00:00Z,10',
      ].join('\n'),
    );
    const first = await importFile(file);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toBe('3 rows: 1 accepted, 1 duplicates, 1 rejected.');
    const rejected = await readFile(`${file}.rejected.csv`, 'utf8');
    expect(rejected.split('\r\n')[1]).toBe(
      '3,O-2,"/type: must be dot-separated words, e.g. order.placed","erp,O-2,C-1,order placed,2026-02-01T11:00:00Z,20"',
    );
    // Importing the same file again adds nothing.
    expect((await importFile(file)).out).toBe('3 rows: 0 accepted, 2 duplicates, 1 rejected.');
  });

  it('says which file is missing, and which format it cannot guess', async () => {
    expect((await importFile(join(folder, 'missing.csv'))).err).toContain('There is no file');
    expect((await importFile(join(folder, 'events.txt'))).err).toContain('--format csv');
  });
});
