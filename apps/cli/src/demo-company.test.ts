import { findOrgIdBySlug } from '@customeric/db';
import {
  createTestDatabase,
  DEMO_SLUG,
  findDemoCompany,
  insertOrganization,
  type TTestDatabase,
} from '@customeric/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoCompany } from './demo-company.ts';
import { resetDatabase } from './reset-database.ts';

let test: TTestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe('the demo company', () => {
  it('is created once: a second run finds it and creates nothing', async () => {
    const first = await ensureDemoCompany(test.database);
    expect(first.created).toBe(true);
    const second = await ensureDemoCompany(test.database);
    expect(second).toEqual({ created: false, orgId: first.orgId });
    expect(await findOrgIdBySlug(test.database, DEMO_SLUG)).toBe(first.orgId);
  });

  it('is recreated after a reset, which deletes every organisation', async () => {
    const before = await findDemoCompany(test.database);
    const other = await insertOrganization(test.database);
    const applied = await resetDatabase(test.ownerUrl);
    expect(applied).toContain('0001_foundation.sql');
    expect(await findOrgIdBySlug(test.database, other.organization.slug)).toBeNull();
    expect(await findDemoCompany(test.database)).toBeNull();
    const again = await ensureDemoCompany(test.database, { seed: 7 });
    expect(again.created).toBe(true);
    expect(again.orgId).not.toBe(before);
  });
});
