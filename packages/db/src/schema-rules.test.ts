import { createTestDatabase, type TTestDatabase } from '@customeric/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE } from './roles.ts';

/** Global lookup tables: no RLS, and the app role has no privileges on them at all. */
const GLOBAL_TABLES = ['login_emails', 'org_slugs', 'schema_migrations'];

let test: TTestDatabase;
let owner: pg.Client;

beforeAll(async () => {
  test = await createTestDatabase();
  owner = new pg.Client({ connectionString: test.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await test.drop();
});

async function tenantTables(): Promise<string[]> {
  const result = await owner.query<{ table_name: string }>(
    `SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relname = ANY($1)) ORDER BY 1`,
    [GLOBAL_TABLES],
  );
  return result.rows.map((row) => row.table_name);
}

describe('schema stays distributable by org_id (Citus)', () => {
  it('leads every primary key and foreign key of every table with org_id', async () => {
    const result = await owner.query<{ table_name: string; conname: string; first_column: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, a.attname AS first_column
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE n.nspname = 'public' AND c.contype IN ('p', 'f') AND c.conrelid::regclass::text <> 'schema_migrations'`,
    );
    expect(result.rows.length).toBeGreaterThan(10);
    const offenders = result.rows
      .filter((row) => row.first_column !== 'org_id')
      .map((row) => `${row.table_name}.${row.conname}`);
    expect(offenders).toEqual([]);
  });

  it('has row-level security enabled and forced on every tenant table', async () => {
    const tables = await tenantTables();
    expect(tables).toContain('users');
    const result = await owner.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      'SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1)',
      [tables],
    );
    const weak = result.rows
      .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)
      .map((row) => row.relname);
    expect(weak).toEqual([]);
  });
});

describe('the app role', () => {
  it('is not a superuser, cannot bypass RLS and owns nothing', async () => {
    const role = await owner.query(
      'SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1',
      [APP_ROLE],
    );
    expect(role.rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const owned = await owner.query(
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned.rows).toEqual([]);
  });

  it('has no privilege at all on the global lookup tables', async () => {
    for (const table of GLOBAL_TABLES) {
      const result = await owner.query(
        `SELECT has_table_privilege($1, $2, 'SELECT') OR has_table_privilege($1, $2, 'INSERT')
           OR has_table_privilege($1, $2, 'UPDATE') OR has_table_privilege($1, $2, 'DELETE') AS any`,
        [APP_ROLE, table],
      );
      expect(result.rows[0].any, table).toBe(false);
    }
  });
});
